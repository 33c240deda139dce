package nl.werkbrug.pool;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.werkbrug.candidates.CandidateFiles;
import nl.werkbrug.identity.CurrentUser;
import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.pool.internal.ProfileProjection;
import nl.werkbrug.pool.internal.ProfileStore;
import nl.werkbrug.shared.Csv;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.tenancy.CurrentTenant;
import nl.werkbrug.tenancy.PoolSettings;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantDirectory;
import nl.werkbrug.tenancy.TenantDocuments;
import nl.werkbrug.tenancy.TenantDocuments.Line;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consent ledger, for the consultants of the municipality that owns a file: recording the candidate's consent
 * per audience (the first consent puts the file in the pool under a new pseudonym), its withdrawal, confirming the
 * profile is current, and the ledger's export for an AVG request. The ledger is append-only; the profile's
 * audiences follow its latest line per audience and take effect on the next query.
 */
@PreAuthorize("@tenantAccess.has('CONSULTANT')")
@Service
public class PoolConsents {

    private static final Formats NL = Formats.DUTCH;
    /** "No term": employers see a confirmed profile for as long as the consent holds. */
    static final LocalDate NO_TERM = LocalDate.of(9999, 12, 31);

    private final ProfileStore store;
    private final ProfileProjection projection;
    private final CurrentUser currentUser;
    private final CurrentTenant currentTenant;
    private final TenantDirectory directory;
    private final TenantDocuments documents;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PoolConsents(ProfileStore store, ProfileProjection projection, CurrentUser currentUser,
                 CurrentTenant currentTenant, TenantDirectory directory, TenantDocuments documents, AuditLog audit,
                 ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.projection = projection;
        this.currentUser = currentUser;
        this.currentTenant = currentTenant;
        this.directory = directory;
        this.documents = documents;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The file's place in the pool; empty: the file never joined (or is not the active municipality's). */
    @Transactional(readOnly = true)
    public Optional<PoolMembership> membership(long fileId) {
        return store.profileOf(fileId).flatMap(store::owned).map(profile -> membership(fileId, profile));
    }

    /**
     * The files of the active municipality whose profile employers no longer see because its confirmation is older
     * than the municipality's term, oldest confirmation first.
     */
    @Transactional(readOnly = true)
    public List<Long> dueForConfirmation() {
        return store.dueForConfirmation(LocalDate.now(clock));
    }

    /**
     * Records the candidate's consent for an audience. The first consent puts an open file in the pool under a new
     * pseudonym; a closed file cannot join.
     */
    @Transactional
    public PoolMembership give(long fileId, ConsentEntry entry) {
        require(entry);
        Audience audience = java.util.Objects.requireNonNull(entry.audience());
        String tenant = currentTenant.require();
        String actor = currentUser.require().username();
        LocalDate today = LocalDate.now(clock);
        Optional<UUID> existing = store.profileOf(fileId);
        UUID profileId = existing.orElseGet(() -> join(fileId, tenant, actor, today));
        store.append(fileId, profileId, tenant, audience, null, true, entry.purpose().strip(),
                java.util.Objects.requireNonNull(entry.basis()), actor, clock.instant());
        ProfileStore.OwnedProfile profile = store.owned(profileId).orElseThrow();
        boolean employers = audience == Audience.EMPLOYERS || profile.employers();
        store.audience(profileId, audience, true, employers ? visibleUntil(profile.lastConfirmed()) : null,
                clock.instant());
        events.publishEvent(new PoolEvent.ConsentGiven(fileId, profileId, tenant, directory.region().id(), actor,
                audience, existing.isEmpty()));
        return membership(fileId).orElseThrow();
    }

    /** Records that the candidate withdrew consent for an audience; the profile is gone from it on the next query. */
    @Transactional
    public PoolMembership withdraw(long fileId, ConsentEntry entry) {
        require(entry);
        Audience audience = java.util.Objects.requireNonNull(entry.audience());
        String tenant = currentTenant.require();
        String actor = currentUser.require().username();
        UUID profileId = store.profileOf(fileId)
                .orElseThrow(() -> InvalidInputException.of("audience", "pool.error.not-in-pool"));
        store.append(fileId, profileId, tenant, audience, null, false, entry.purpose().strip(),
                java.util.Objects.requireNonNull(entry.basis()), actor, clock.instant());
        ProfileStore.OwnedProfile profile = store.owned(profileId).orElseThrow();
        boolean employers = audience != Audience.EMPLOYERS && profile.employers();
        store.audience(profileId, audience, false, employers ? profile.employerVisibleUntil() : null,
                clock.instant());
        events.publishEvent(new PoolEvent.ConsentWithdrawn(fileId, profileId, tenant, directory.region().id(), actor,
                audience));
        return membership(fileId).orElseThrow();
    }

    /** Confirms that the profile is current: employers see it again for the municipality's term. */
    @Transactional
    public PoolMembership confirm(long fileId) {
        UUID profileId = store.profileOf(fileId)
                .orElseThrow(() -> InvalidInputException.of("file", "pool.error.not-in-pool"));
        ProfileStore.OwnedProfile profile = store.owned(profileId).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        store.confirmed(profileId, today, profile.employers() ? visibleUntil(today) : null, clock.instant());
        events.publishEvent(new PoolEvent.ProfileConfirmed(fileId, profileId, currentTenant.require(),
                directory.region().id(), currentUser.require().username()));
        return membership(fileId).orElseThrow();
    }

    /** The ledger of a file as CSV, for the candidate's AVG request; producing it is audited. */
    @Transactional(readOnly = true)
    public byte[] ledgerCsv(long fileId) {
        PoolMembership membership = require(fileId);
        List<List<?>> rows = new ArrayList<>();
        for (ConsentLine line : membership.ledger()) {
            rows.add(List.of(NL.dateTime(line.recordedAt()), NL.text(line.audience().labelKey()),
                    line.requester() == null ? "" : line.requester(),
                    NL.text(line.given() ? "pool.ledger.given" : "pool.ledger.withdrawn"), line.purpose(),
                    NL.text(line.basis().labelKey()), line.recordedBy()));
        }
        exported(fileId, "CSV");
        return Csv.write(List.of("Vastgelegd op", "Wie mag het profiel zien", "Aanvrager", "Toestemming", "Doel",
                "Hoe gegeven", "Vastgelegd door"), rows);
    }

    /** The ledger of a file as a PDF in the municipality's name, for the candidate; producing it is audited. */
    @Transactional(readOnly = true)
    public byte[] ledgerPdf(long fileId) {
        PoolMembership membership = require(fileId);
        Tenant tenant = directory.require(currentTenant.require());
        List<Line> lines = new ArrayList<>();
        lines.add(Line.title("Uw toestemmingen voor de kandidatenpool"));
        lines.add(Line.text("Datum: " + NL.longDate(LocalDate.now(clock))));
        lines.add(Line.text("Uw profiel in de pool: " + membership.pseudonym()));
        lines.add(Line.gap());
        lines.add(Line.text("In de regionale kandidatenpool van " + directory.region().name() + " staat een profiel "
                + "van u zonder naam, adres, geboortedatum of BSN. Wie het mag zien, bepaalt u: hieronder staat elke "
                + "toestemming die u gaf of introk, met het doel, de manier waarop u die gaf en wie van "
                + tenant.executingOrganisation() + " het vastlegde (artikelen 7 en 15 AVG). U kunt een toestemming "
                + "altijd intrekken bij uw consulent; het profiel verdwijnt dan direct voor die groep."));
        lines.add(Line.gap());
        lines.add(Line.heading("Toestemmingen"));
        if (membership.ledger().isEmpty()) {
            lines.add(Line.text("Geen."));
        }
        for (ConsentLine line : membership.ledger()) {
            lines.add(Line.text(NL.dateTime(line.recordedAt()) + ": " + NL.text(line.given() ? "pool.ledger.given"
                    : "pool.ledger.withdrawn") + " voor " + NL.text(line.audience().labelKey()).toLowerCase(
                    java.util.Locale.ROOT) + (line.requester() == null ? "" : " (" + line.requester() + ")")
                    + "; doel: " + line.purpose() + "; " + NL.text(line.basis().labelKey()).toLowerCase(
                    java.util.Locale.ROOT) + "; vastgelegd door " + line.recordedBy()));
        }
        byte[] pdf = documents.render(tenant, "Toestemmingen kandidatenpool " + membership.pseudonym() + " - "
                + tenant.name(), lines);
        exported(fileId, "PDF");
        return pdf;
    }

    private UUID join(long fileId, String tenant, String actor, LocalDate today) {
        var profile = projection.project(fileId);
        UUID profileId = UUID.randomUUID();
        store.join(directory.region().id(), tenant, List.of(new ProfileStore.Joining(fileId, profileId,
                ProfileStore.newPseudonym(), profile, today, false, false, null, actor, clock.instant())));
        return profileId;
    }

    private PoolMembership membership(long fileId, ProfileStore.OwnedProfile profile) {
        @Nullable LocalDate until = profile.employers() && !NO_TERM.equals(profile.employerVisibleUntil())
                ? profile.employerVisibleUntil() : null;
        boolean due = until != null && until.isBefore(LocalDate.now(clock));
        return new PoolMembership(profile.id(), profile.pseudonym(), profile.consultants(), profile.employers(),
                profile.lastConfirmed(), until, due, profile.completeness(), store.ledger(fileId));
    }

    private PoolMembership require(long fileId) {
        return membership(fileId).orElseThrow(() -> InvalidInputException.of("file", "pool.error.not-in-pool"));
    }

    private LocalDate visibleUntil(LocalDate confirmedOn) {
        return employersSeeUntil(directory.require(currentTenant.require()).pool(), confirmedOn);
    }

    /** The last day employers see a profile confirmed on a day, by the municipality's term (none: no end). */
    static LocalDate employersSeeUntil(PoolSettings settings, LocalDate confirmedOn) {
        return settings.confirmAfterDays() == null ? NO_TERM : confirmedOn.plusDays(settings.confirmAfterDays());
    }

    private void exported(long fileId, String format) {
        audit.record(AuditAction.POOL_CONSENT_EXPORTED, currentTenant.require(), CandidateFiles.subject(fileId),
                "consent ledger (" + format + ")");
    }

    private static void require(ConsentEntry entry) {
        var problems = entry.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
