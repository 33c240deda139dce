package nl.werkbrug.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.werkbrug.catalogue.internal.CatalogueSetting;
import nl.werkbrug.catalogue.internal.CatalogueStore;
import nl.werkbrug.catalogue.internal.CatalogueJson;
import nl.werkbrug.catalogue.internal.LocalInstrument;
import nl.werkbrug.catalogue.internal.LocalVersion;
import nl.werkbrug.catalogue.internal.Origin;
import nl.werkbrug.catalogue.internal.RegionalInstrument;
import nl.werkbrug.identity.CurrentUser;
import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.InvalidInput;
import nl.werkbrug.shared.Slug;
import nl.werkbrug.tenancy.CurrentTenant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.validation.annotation.Validated;

/**
 * A tenant admin's work on the active municipality's catalogue: list and search, create, change and retire its own
 * instruments, set its own values for regional ones where the region allows, and the municipality's settings.
 * Every change adds a version (old versions stay) and is audited once it is committed; a rejected change saves
 * nothing.
 */
@Service
@Validated
public class CatalogueAdministration {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final CatalogueStore store;
    private final CurrentTenant currentTenant;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    CatalogueAdministration(CatalogueStore store, CurrentTenant currentTenant, CurrentUser currentUser, AuditLog auditLog,
                            Optional<Clock> clock) {
        this.store = store;
        this.currentTenant = currentTenant;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock.orElse(Clock.system(DUTCH_TIME));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The municipality's instruments matching the filter, as they stand today (or as planned, if not started). */
    @PreAuthorize("@tenantAccess.has('TENANT_ADMIN')")
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

    @PreAuthorize("@tenantAccess.has('TENANT_ADMIN')")
    @Transactional(readOnly = true)
    public Optional<CatalogueEntry> entry(String code) {
        return store.tenantEntries(currentTenant.require(), today()).stream().filter(e -> e.code().equals(code)).findFirst();
    }

    /** The regional values of a regional instrument, to compare a municipality's own values with. */
    @PreAuthorize("@tenantAccess.has('TENANT_ADMIN')")
    @Transactional(readOnly = true)
    public Optional<CatalogueEntry> regionalEntry(String code) {
        return store.regionalEntries(today()).stream().filter(e -> e.code().equals(code)).findFirst();
    }

    @PreAuthorize("@tenantAccess.has('TENANT_ADMIN')")
    @Transactional(readOnly = true)
    public List<InstrumentVersion> history(String code) {
        return store.history(code);
    }

    /** Why a new local instrument may not use this code: it must be a slug not used by the region or the municipality. */
    @PreAuthorize("@tenantAccess.has('TENANT_ADMIN')")
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
    @PreAuthorize("@tenantAccess.has('TENANT_ADMIN')")
    @Transactional
    public CatalogueEntry create(@NotBlank String code, @NotNull @Valid InstrumentContent content,
                                 @NotBlank @Size(max = 500) String changeNote) {
        List<FieldProblem> problems = new ArrayList<>(codeProblems(code));
        problems.addAll(content.problems());
        reject(problems);
        LocalInstrument instrument = store.localInstrument(code);
        LocalVersion version = store.addLocalVersion(instrument, content, content.validFrom(), Origin.ADMIN,
                hash(content), changeNote, actor());
        auditAfterCommit(code, "nieuw lokaal instrument, versie " + version.versionNo() + ": " + changeNote);
        return require(code);
    }

    /** Changes an instrument of the municipality's own; the new version applies from {@code changeFrom}. */
    @PreAuthorize("@tenantAccess.has('TENANT_ADMIN')")
    @Transactional
    public CatalogueEntry update(@NotBlank String code, @NotNull @Valid InstrumentContent content,
                                 @NotNull LocalDate changeFrom, @NotBlank @Size(max = 500) String changeNote) {
        LocalInstrument instrument = store.findLocalInstrument(code).orElseThrow(() ->
                InvalidInput.of("code", "catalogue.error.not-own-instrument"));
        reject(content.problems());
        LocalVersion version = store.addLocalVersion(instrument, content, changeFrom, Origin.ADMIN, hash(content),
                changeNote, actor());
        auditAfterCommit(code, "versie " + version.versionNo() + " vanaf " + changeFrom + ": " + changeNote);
        return require(code);
    }

    /** Ends an instrument of the municipality's own after {@code lastDay}; its history stays. */
    @PreAuthorize("@tenantAccess.has('TENANT_ADMIN')")
    @Transactional
    public CatalogueEntry retire(@NotBlank String code, @NotNull LocalDate lastDay, @NotBlank @Size(max = 500) String changeNote) {
        LocalInstrument instrument = store.findLocalInstrument(code).orElseThrow(() ->
                InvalidInput.of("code", "catalogue.error.not-own-instrument"));
        InstrumentContent current = require(code).content();
        if (lastDay.isBefore(current.validFrom())) {
            throw InvalidInput.of("validTo", "catalogue.admin.error.retire-before-start");
        }
        InstrumentContent retired = current.withValidTo(lastDay);
        LocalDate start = today().isBefore(current.validFrom()) ? current.validFrom() : today();
        LocalVersion version = store.addLocalVersion(instrument, retired, start, Origin.ADMIN, hash(retired), changeNote, actor());
        auditAfterCommit(code, "beëindigd per " + lastDay + " (versie " + version.versionNo() + "): " + changeNote);
        return require(code);
    }

    /** Sets the municipality's own values for a regional instrument, for the fields the region allows. */
    @PreAuthorize("@tenantAccess.has('TENANT_ADMIN')")
    @Transactional
    public CatalogueEntry setLocalValues(@NotBlank String code, @NotNull @Valid InstrumentOverride values,
                                         @NotBlank @Size(max = 500) String changeNote) {
        RegionalInstrument instrument = store.findRegionalInstrument(code).orElseThrow(() ->
                InvalidInput.of("code", "catalogue.error.not-regional-instrument"));
        CatalogueEntry entry = require(code);
        Set<LocalField> notAllowed = EnumSet.noneOf(LocalField.class);
        notAllowed.addAll(values.fieldsSet());
        notAllowed.removeAll(entry.localFields());
        if (!notAllowed.isEmpty()) {
            throw InvalidInput.of(notAllowed.iterator().next().field(), "catalogue.error.not-set-locally");
        }
        reject(values.problems());
        var version = store.addOverrideVersion(instrument, values, Origin.ADMIN, CatalogueJson.hash(CatalogueJson.write(values)),
                changeNote, actor());
        auditAfterCommit(code, "eigen waarden versie " + version.versionNo() + " vanaf " + values.validFrom() + ": " + changeNote);
        return require(code);
    }

    @PreAuthorize("@tenantAccess.has('TENANT_ADMIN')")
    @Transactional(readOnly = true)
    public boolean hidesAmountsFromEmployers() {
        return store.hideAmounts();
    }

    /** The municipality's choice whether employers see amounts. */
    @PreAuthorize("@tenantAccess.has('TENANT_ADMIN')")
    @Transactional
    public void setHideAmountsFromEmployers(boolean hide) {
        Optional<CatalogueSetting> setting = store.setting();
        if (setting.isPresent()) {
            setting.get().change(hide, setting.get().fileHash(), actor());
        } else {
            store.saveSetting(new CatalogueSetting(hide, null, actor()));
        }
        String tenant = currentTenant.require();
        String actor = actor();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                auditLog.record(AuditAction.CATALOGUE_CHANGED, tenant, actor, "catalogus-instellingen",
                        "bedragen verbergen voor werkgevers: " + (hide ? "ja" : "nee"));
            }
        });
    }

    private CatalogueEntry require(String code) {
        return store.tenantEntries(currentTenant.require(), today()).stream().filter(e -> e.code().equals(code))
                .findFirst().orElseThrow();
    }

    private static void reject(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static String hash(InstrumentContent content) {
        return CatalogueJson.hash(CatalogueJson.write(content));
    }

    private String actor() {
        return currentUser.require().username();
    }

    /** Audits once the change is committed, so a rejected or rolled-back change leaves no audit entry behind. */
    private void auditAfterCommit(String code, String detail) {
        String tenant = currentTenant.require();
        String actor = actor();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                auditLog.record(AuditAction.CATALOGUE_CHANGED, tenant, actor, "instrument:" + code, detail);
            }
        });
    }
}
