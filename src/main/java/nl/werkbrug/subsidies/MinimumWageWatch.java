package nl.werkbrug.subsidies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import nl.werkbrug.shared.DutchTime;
import nl.werkbrug.tenancy.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Warns the administrator when the minimum wage of the current or next period is not configured: at start-up and
 * every night, in the log and in the audit trail ({@link MinimumWageMissing}); the subsidy screens show the same
 * warning ({@link SubsidyDecisions#missingMinimumWage}).
 */
@Component
class MinimumWageWatch {

    private static final Logger LOG = LoggerFactory.getLogger(MinimumWageWatch.class);

    private final MinimumWages minimumWages;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final TenantDirectory directory;
    private final Clock clock;

    MinimumWageWatch(MinimumWages minimumWages, ApplicationEventPublisher events, TransactionTemplate transaction,
                     TenantDirectory directory, Clock clock) {
        this.minimumWages = minimumWages;
        this.events = events;
        this.transaction = transaction;
        this.directory = directory;
        this.clock = clock;
    }

    Optional<LocalDate> missing() {
        return minimumWages.missingPeriod(LocalDate.now(clock));
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "${werkbrug.minimum-wage.check-cron:0 15 6 * * *}", zone = DutchTime.ZONE_ID)
    void check() {
        missing().ifPresent(period -> {
            LOG.warn("The statutory minimum wage from {} is not configured (werkbrug.minimum-wage.hourly.{})", period, period);
            transaction.executeWithoutResult(status -> events.publishEvent(new MinimumWageMissing(directory.region().id(), period)));
        });
    }
}
