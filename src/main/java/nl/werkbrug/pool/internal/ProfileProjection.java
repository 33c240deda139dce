package nl.werkbrug.pool.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.werkbrug.candidates.CandidateEvent;
import nl.werkbrug.candidates.PoolSource;
import nl.werkbrug.candidates.PoolSources;
import nl.werkbrug.catalogue.CatalogueEntryChanged;
import nl.werkbrug.employer.Occupation;
import nl.werkbrug.employer.Occupations;
import nl.werkbrug.identity.SystemTask;
import nl.werkbrug.pool.PoolEvent;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.tenancy.CurrentTenant;
import nl.werkbrug.tenancy.PublishingTransaction;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantContext;
import nl.werkbrug.tenancy.TenantDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps every pool profile equal to its candidate file: each event of a file in the pool projects the file again
 * (never an increment, so a repeated or reordered event cannot make the profile drift); a closed file leaves the
 * pool. Facts that change with time alone (the age band, a flag's or an instrument's period, the catalogue) are
 * projected again every night and when the municipality's catalogue changes.
 */
@Component
public class ProfileProjection {

    /** The event is published in a writable transaction of its own municipality ({@link PublishingTransaction}). */
    private static final String HERE = PublishingTransaction.CONDITION_OWN;
    private static final String ELSEWHERE = PublishingTransaction.CONDITION_ELSEWHERE;

    private final ProfileStore store;
    private final PoolSources sources;
    private final Occupations occupations;
    private final PostcodeAreas areas;
    private final TenantDirectory directory;
    private final CurrentTenant currentTenant;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProfileProjection(ProfileStore store, PoolSources sources, Occupations occupations, PostcodeAreas areas,
                      TenantDirectory directory, CurrentTenant currentTenant, TransactionTemplate transaction, ApplicationEventPublisher events,
                      Clock clock) {
        this.store = store;
        this.sources = sources;
        this.occupations = occupations;
        this.areas = areas;
        this.directory = directory;
        this.currentTenant = currentTenant;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /**
     * In its own municipality's transaction an event looks up the file's pool profile at once: most files are not in
     * the pool, and their events then cost one indexed lookup instead of an event publication row, a transaction of
     * their own and the row's completion. A file in the pool is refreshed after the commit ({@link ProfileRefreshDue}).
     */
    @EventListener(condition = HERE)
    void within(CandidateEvent event) {
        if (store.profileOf(event.fileId()).isPresent()) {
            events.publishEvent(new ProfileRefreshDue(event.fileId(), event.tenantId(), event.actor()));
        }
    }

    /** Published anywhere else (another municipality's or an employer's transaction, none): looked up afterwards. */
    @ApplicationModuleListener(condition = ELSEWHERE)
    void on(CandidateEvent event) {
        refreshIfInPool(event.fileId(), event.tenantId(), event.actor());
    }

    @ApplicationModuleListener
    void on(ProfileRefreshDue due) {
        refreshIfInPool(due.fileId(), due.tenantId(), due.actor());
    }

    private void refreshIfInPool(long fileId, String tenantId, String actor) {
        store.profileOf(fileId).ifPresent(profile -> SystemTask.run(() -> refresh(fileId, profile, tenantId, actor)));
    }

    @ApplicationModuleListener
    void on(CatalogueEntryChanged event) {
        SystemTask.run(this::refreshAll);
    }

    /** Every night at 03:30 (Dutch time), each municipality's profiles again. */
    @Scheduled(cron = "0 30 3 * * *", zone = nl.werkbrug.shared.DutchTime.ZONE_ID)
    void nightly() {
        for (Tenant tenant : directory.tenants()) {
            TenantContext.runAs(tenant.id(), () -> SystemTask.run(() ->
                    transaction.executeWithoutResult(status -> refreshAll())));
        }
    }

    /** The active municipality's profiles, each projected again from its file. */
    public void refreshAll() {
        String tenant = currentTenant.require();
        List<ProfileStore.Member> members = store.members();
        Map<Long, PoolSource> found = sources.of(members.stream().map(ProfileStore.Member::fileId).toList()).stream()
                .collect(Collectors.toMap(PoolSource::fileId, source -> source));
        members.forEach(member -> refresh(member.fileId(), member.profileId(),
                Optional.ofNullable(found.get(member.fileId())), tenant, "system"));
    }

    /** The projections of many open files of the active municipality at once, for files about to join the pool. */
    public Map<Long, ProjectedProfile> projectAll(List<Long> fileIds) {
        return sources.of(fileIds).stream().filter(PoolSource::open)
                .collect(Collectors.toMap(PoolSource::fileId, this::project));
    }

    /** The projection of a file on today's facts, for a file about to join the pool; refused for a closed file. */
    public ProjectedProfile project(long fileId) {
        PoolSource source = sources.of(fileId)
                .orElseThrow(() -> InvalidInputException.of("file", "candidates.error.not-found"));
        if (!source.open()) {
            throw InvalidInputException.of("file", "pool.error.file-closed");
        }
        return project(source);
    }

    ProjectedProfile project(PoolSource source) {
        return ProjectedProfile.of(source, LocalDate.now(clock),
                code -> occupations.find(code).map(Occupation::title), areas::centroid);
    }

    private void refresh(long fileId, UUID profileId, String tenantId, String actor) {
        refresh(fileId, profileId, sources.of(fileId), tenantId, actor);
    }

    private void refresh(long fileId, UUID profileId, Optional<PoolSource> source, String tenantId, String actor) {
        if (source.isPresent() && source.get().open()) {
            store.project(profileId, project(source.get()), clock.instant());
            return;
        }
        store.remove(profileId);
        events.publishEvent(new PoolEvent.ProfileLeft(fileId, profileId, tenantId, directory.region().id(), actor));
    }
}
