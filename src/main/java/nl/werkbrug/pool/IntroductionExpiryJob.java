package nl.werkbrug.pool;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import nl.werkbrug.identity.SystemTask;
import nl.werkbrug.pool.internal.IntroductionStore;
import nl.werkbrug.shared.DutchTime;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantContext;
import nl.werkbrug.tenancy.TenantDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Expires open introduction requests whose last day passed: every night, in each municipality, the requests for its
 * profiles. The last day is fixed when the request is made, from the owner's {@code introductionExpiresDays}; a
 * municipality that set no term has requests without a last day, which never expire (the inbox says so).
 */
@Component
class IntroductionExpiryJob {

    private final IntroductionStore store;
    private final TenantDirectory directory;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IntroductionExpiryJob(IntroductionStore store, TenantDirectory directory, PlatformTransactionManager transactions,
                          ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${werkbrug.pool.introduction-expiry-cron:0 15 3 * * *}", zone = DutchTime.ZONE_ID)
    void nightly() {
        run();
    }

    /** Expires what is due in every municipality; answers how many requests per municipality. */
    Map<String, Integer> run() {
        Map<String, Integer> expired = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        for (Tenant tenant : directory.tenants()) {
            TenantContext.runAs(tenant.id(), () -> SystemTask.run(() -> expired.put(tenant.id(),
                    Objects.requireNonNull(transaction.execute(status -> expire(tenant.id(), today))))));
        }
        return expired;
    }

    private int expire(String tenant, LocalDate today) {
        int count = 0;
        for (Introduction introduction : store.expiredBefore(tenant, today)) {
            if (store.move(introduction.id(), IntroductionState.AANGEVRAAGD, IntroductionState.VERLOPEN, "system",
                    clock.instant(), null)) {
                events.publishEvent(new PoolEvent.IntroductionExpired(Objects.requireNonNull(introduction.fileId()),
                        introduction.profileId(), tenant, directory.region().id(), "system", introduction.id(),
                        introduction.requester()));
                count++;
            }
        }
        return count;
    }
}
