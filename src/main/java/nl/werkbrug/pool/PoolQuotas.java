package nl.werkbrug.pool;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import nl.werkbrug.identity.CurrentUser;
import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.pool.internal.QuotaAlerts;
import nl.werkbrug.pool.internal.QuotaBuckets;
import nl.werkbrug.pool.internal.QuotaBuckets.Charge;
import nl.werkbrug.pool.internal.QuotaProperties;
import nl.werkbrug.tenancy.CurrentTenant;
import nl.werkbrug.tenancy.PoolSettings;
import nl.werkbrug.tenancy.TenantDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The quotas and rate limits that keep scrapers out of the pool (issue 15, part 5). Every profile view and every
 * search of a user is charged here before it is served: a rate limit per user and minute, a daily quota per user and
 * one per organisation (the employer, or the municipality for its consultants), with the region's numbers from
 * {@link QuotaProperties} and, for a municipality's consultants, its own where its tenant file sets them
 * ({@code pool.quotas}; employers work region-wide and have the region's). The buckets live in PostgreSQL, so all replicas count together. Crossing a threshold
 * refuses the view with a message key the screen shows in Dutch, and alerts the owning municipality's tenant admins
 * and the regional coordinators once per user and day.
 */
@Service
public class PoolQuotas {

    static final String VIEWS_PER_DAY = "pool.quota.views-per-day";
    static final String ORGANISATION_VIEWS_PER_DAY = "pool.quota.organisation-views-per-day";
    static final String SEARCHES_PER_DAY = "pool.quota.searches-per-day";
    static final String TOO_FAST = "pool.quota.too-fast";

    private final QuotaBuckets buckets;
    private final QuotaAlerts alerts;
    private final QuotaProperties limits;
    private final CurrentUser currentUser;
    private final CurrentTenant currentTenant;
    private final TenantDirectory directory;
    private final Clock clock;

    PoolQuotas(QuotaBuckets buckets, QuotaAlerts alerts, QuotaProperties limits, CurrentUser currentUser,
               CurrentTenant currentTenant, TenantDirectory directory, Clock clock) {
        this.buckets = buckets;
        this.alerts = alerts;
        this.limits = limits;
        this.currentUser = currentUser;
        this.currentTenant = currentTenant;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Charges one view of a profile to the current user (and their organisation).
     *
     * @param ownerTenant the municipality that owns the profile; none: no profile the user may see has this pseudonym
     *                    (a guess is charged like a view, its alert goes to the region only)
     * @throws PoolQuotaExceededException when a quota or rate limit is used up; nothing is served then
     */
    public void chargeProfileView(@Nullable String ownerTenant, String pseudonym) {
        Who who = who();
        String day = LocalDate.now(clock).toString();
        String subject = "poolprofiel " + pseudonym;
        Charge rate = buckets.perMinute("view:minute:user:" + who.username(), limits.viewsPerMinute());
        if (!rate.served()) {
            refuse(who, TOO_FAST, rate, ownerTenant, subject, day);
        }
        Charge user = buckets.daily("view:" + day + ":user:" + who.username(), who.userViewsPerDay(limits));
        if (!user.served()) {
            refuse(who, VIEWS_PER_DAY, user, ownerTenant, subject, day);
        }
        Charge organisation = buckets.daily("view:" + day + ":org:" + who.organisation(),
                who.organisationViewsPerDay(limits));
        if (!organisation.served()) {
            refuse(who, ORGANISATION_VIEWS_PER_DAY, organisation, ownerTenant, subject, day);
        }
    }

    /**
     * Charges one search to the current user.
     *
     * @throws PoolQuotaExceededException when a quota or rate limit is used up
     */
    public void chargeSearch() {
        Who who = who();
        String day = LocalDate.now(clock).toString();
        // the day's quota and the rate limit in one bucket: one round trip to PostgreSQL per search
        QuotaBuckets.RatedCharge charge = buckets.dailyAtRate("searches:" + day + ":user:" + who.username(),
                who.searchesPerDay(limits), limits.searchesPerMinute());
        if (!charge.served()) {
            refuse(who, charge.tooFast() ? TOO_FAST : SEARCHES_PER_DAY, charge.tooFast() ? charge.rate() : charge.day(),
                    null, "kandidatenpool", day);
        }
    }

    private void refuse(Who who, String key, Charge charge, @Nullable String ownerTenant, String subject, String day) {
        long userViews = buckets.usedToday("view:" + day + ":user:" + who.username(), who.userViewsPerDay(limits));
        long organisationLimit = who.organisationViewsPerDay(limits);
        long organisationViews = buckets.usedToday("view:" + day + ":org:" + who.organisation(), organisationLimit);
        long count = key.equals(SEARCHES_PER_DAY) ? charge.used() : userViews;
        alerts.alert(new QuotaAlerts.Crossing(who.username(), who.organisation(), key, charge.capacity(), count,
                organisationViews, organisationLimit, ownerTenant, subject), who.tenant());
        throw new PoolQuotaExceededException(key, charge.capacity());
    }

    private Who who() {
        PortalUser user = currentUser.require();
        Optional<EmployerMembership> employer = user.employerMembership();
        if (employer.isPresent()) {
            return new Who(user.username(), "werkgever:" + employer.get().employerId(), null, true,
                    PoolSettings.Quotas.REGION);
        }
        String tenant = currentTenant.id().orElse(null);
        PoolSettings.Quotas own = tenant == null ? PoolSettings.Quotas.REGION : directory.require(tenant).pool().quotas();
        return new Who(user.username(), tenant == null ? "gebruiker:" + user.username() : "gemeente:" + tenant, tenant,
                false, own);
    }

    /**
     * The charged user, their organisation's key, whether they work for an employer, and (for a consultant) the
     * municipality's own quotas, which win over the region's.
     */
    private record Who(String username, String organisation, @Nullable String tenant, boolean employer,
                       PoolSettings.Quotas own) {

        long userViewsPerDay(QuotaProperties limits) {
            return employer ? limits.employerUserViewsPerDay()
                    : Objects.requireNonNullElse(own.consultantViewsPerDay(), limits.consultantViewsPerDay());
        }

        long organisationViewsPerDay(QuotaProperties limits) {
            return employer ? limits.employerViewsPerDay()
                    : Objects.requireNonNullElse(own.municipalityViewsPerDay(), limits.municipalityViewsPerDay());
        }

        long searchesPerDay(QuotaProperties limits) {
            return Objects.requireNonNullElse(own.searchesPerDay(), limits.searchesPerDay());
        }
    }
}
