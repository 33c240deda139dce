package nl.werkbrug.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.werkbrug.catalogue.internal.CatalogueStore;
import nl.werkbrug.catalogue.internal.CatalogueJson;
import nl.werkbrug.catalogue.internal.LocalInstrument;
import nl.werkbrug.catalogue.internal.LocalVersion;
import nl.werkbrug.catalogue.internal.Origin;
import nl.werkbrug.catalogue.internal.RegionalInstrument;
import nl.werkbrug.identity.CurrentUser;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.shared.Slug;
import nl.werkbrug.tenancy.CurrentTenant;
import nl.werkbrug.tenancy.TenantDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A tenant admin's work on the active municipality's catalogue: list and search, create, change and retire its own
 * instruments, set its own values for regional ones where the region allows, and the municipality's settings.
 * Every change adds a version (old versions stay) and is audited once it is committed; a rejected change saves
 * nothing.
 */
@PreAuthorize("@tenantAccess.has('TENANT_ADMIN')")
@Service
@Validated
public class CatalogueAdministration {

    private final CatalogueStore store;
    private final CurrentTenant currentTenant;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TenantDirectory directory;
    private final Clock clock;

    CatalogueAdministration(CatalogueStore store, CurrentTenant currentTenant, CurrentUser currentUser,
                            ApplicationEventPublisher events, TenantDirectory directory, Clock clock) {
        this.store = store;
        this.currentTenant = currentTenant;
        this.currentUser = currentUser;
        this.events = events;
        this.directory = directory;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The municipality's instruments matching the filter, as they stand today (or as planned, if not started). */
    @Transactional(readOnly = true)
    public List<CatalogueEntry> list(CatalogueFilter filter) {
        List<CatalogueEntry> entries = store.tenantEntries(currentTenant.require(), today()).stream()
                .filter(filter::matches).toList();
        if (filter.text() == null || filter.text().isBlank()) {
            return entries;
        }
        Set<String> hits = store.search(entries, filter.text());
        return entries.stream().filter(entry -> hits.contains(entry.code())).toList();
    }

    @Transactional(readOnly = true)
    public Optional<CatalogueEntry> entry(String code) {
        return store.tenantEntries(currentTenant.require(), today()).stream().filter(e -> e.code().equals(code)).findFirst();
    }

    /** The regional values of a regional instrument, to compare a municipality's own values with. */
    @Transactional(readOnly = true)
    public Optional<CatalogueEntry> regionalEntry(String code) {
        return store.regionalEntries(today()).stream().filter(e -> e.code().equals(code)).findFirst();
    }

    @Transactional(readOnly = true)
    public List<InstrumentVersion> history(String code) {
        return store.history(code);
    }

    /** Why a new local instrument may not use this code: it must be a slug not used by the region or the municipality. */
    @Transactional(readOnly = true)
    public List<FieldProblem> codeProblems(String code) {
        if (code.isBlank()) {
            return List.of(FieldProblem.of("code", "form.error.required"));
        }
        if (!Slug.isValid(code)) {
            return List.of(FieldProblem.of("code", "catalogue.admin.error.code-format"));
        }
        if (code.equals("nieuw") || store.findRegionalInstrument(code).isPresent() || store.findLocalInstrument(code).isPresent()) {
            return List.of(FieldProblem.of("code", "catalogue.admin.error.code-taken"));
        }
        return List.of();
    }

    /** Adds an instrument of the municipality's own. */
    @Transactional
    public CatalogueEntry create(@NotBlank String code, @NotNull @Valid InstrumentContent content,
                                 @NotBlank @Size(max = 500) String changeNote) {
        List<FieldProblem> problems = new ArrayList<>(codeProblems(code));
        problems.addAll(content.problems());
        reject(problems);
        LocalInstrument instrument = store.localInstrument(code);
        LocalVersion version = store.addLocalVersion(instrument, content, content.validFrom(), Origin.ADMIN,
                hash(content), changeNote, actor());
        changed("instrument:" + code, "nieuw lokaal instrument, versie " + version.versionNo() + ": " + changeNote);
        return require(code);
    }

    /** Changes an instrument of the municipality's own; the new version applies from {@code changeFrom}. */
    @Transactional
    public CatalogueEntry update(@NotBlank String code, @NotNull @Valid InstrumentContent content,
                                 @NotNull LocalDate changeFrom, @NotBlank @Size(max = 500) String changeNote) {
        LocalInstrument instrument = store.findLocalInstrument(code).orElseThrow(() ->
                InvalidInputException.of("code", "catalogue.error.not-own-instrument"));
        reject(content.problems());
        LocalVersion version = store.addLocalVersion(instrument, content, changeFrom, Origin.ADMIN, hash(content),
                changeNote, actor());
        changed("instrument:" + code, "versie " + version.versionNo() + " vanaf " + changeFrom + ": " + changeNote);
        return require(code);
    }

    /** Ends an instrument of the municipality's own after {@code lastDay}; its history stays. */
    @Transactional
    public CatalogueEntry retire(@NotBlank String code, @NotNull LocalDate lastDay, @NotBlank @Size(max = 500) String changeNote) {
        LocalInstrument instrument = store.findLocalInstrument(code).orElseThrow(() ->
                InvalidInputException.of("code", "catalogue.error.not-own-instrument"));
        InstrumentContent current = require(code).content();
        if (lastDay.isBefore(current.validFrom())) {
            throw InvalidInputException.of("validTo", "catalogue.admin.error.retire-before-start");
        }
        InstrumentContent retired = current.withValidTo(lastDay);
        LocalDate start = today().isBefore(current.validFrom()) ? current.validFrom() : today();
        LocalVersion version = store.addLocalVersion(instrument, retired, start, Origin.ADMIN, hash(retired), changeNote, actor());
        changed("instrument:" + code, "beëindigd per " + lastDay + " (versie " + version.versionNo() + "): " + changeNote);
        return require(code);
    }

    /** Sets the municipality's own values for a regional instrument, for the fields the region allows. */
    @Transactional
    public CatalogueEntry setLocalValues(@NotBlank String code, @NotNull @Valid InstrumentOverride values,
                                         @NotBlank @Size(max = 500) String changeNote) {
        RegionalInstrument instrument = store.findRegionalInstrument(code).orElseThrow(() ->
                InvalidInputException.of("code", "catalogue.error.not-regional-instrument"));
        CatalogueEntry entry = require(code);
        Set<LocalField> notAllowed = EnumSet.noneOf(LocalField.class);
        notAllowed.addAll(values.fieldsSet());
        notAllowed.removeAll(entry.localFields());
        if (!notAllowed.isEmpty()) {
            throw InvalidInputException.of(notAllowed.iterator().next().field(), "catalogue.error.not-set-locally");
        }
        reject(values.problems());
        var version = store.addOverrideVersion(instrument, values, Origin.ADMIN, CatalogueJson.hash(CatalogueJson.write(values)),
                changeNote, actor());
        changed("instrument:" + code, "eigen waarden versie " + version.versionNo() + " vanaf " + values.validFrom() + ": " + changeNote);
        return require(code);
    }

    @Transactional(readOnly = true)
    public boolean hidesAmountsFromEmployers() {
        return store.hideAmounts();
    }

    /** The municipality's choice whether employers see amounts. */
    @Transactional
    public void setHideAmountsFromEmployers(boolean hide) {
        store.saveSetting(hide, null, actor());
        changed("catalogus-instellingen", "bedragen verbergen voor werkgevers: " + (hide ? "ja" : "nee"));
    }

    private CatalogueEntry require(String code) {
        return store.tenantEntries(currentTenant.require(), today()).stream().filter(e -> e.code().equals(code))
                .findFirst().orElseThrow();
    }

    private static void reject(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String hash(InstrumentContent content) {
        return CatalogueJson.hash(CatalogueJson.write(content));
    }

    private String actor() {
        return currentUser.require().username();
    }

    /** Publishes the change; the audit trail records it once the change is committed, a rejected change never. */
    private void changed(String subject, String change) {
        String tenant = currentTenant.require();
        events.publishEvent(new CatalogueEntryChanged(tenant, directory.region().id(), actor(), subject, change));
    }
}
