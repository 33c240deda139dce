package nl.werkbrug.platform.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Objects;

import nl.werkbrug.shared.DutchTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nightly retention of the platform's own data (security review finding 10; terms and their basis in
 * docs/security.md): failed logins without a municipality leave the audit trail after
 * {@code werkbrug.retention.anonymous-audit} (through {@code audit_prune_anonymous}, which keeps the hash chain
 * whole), and the developer outbox's mail after {@code werkbrug.retention.mail-outbox}. The throttle's
 * {@code login_failure} rows have their own, shorter term ({@code werkbrug.login-throttle.retention}).
 */
@Component
class Retention {

    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);
    private static final int BATCH = 10_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Period anonymousAudit;
    private final Period mailOutbox;

    Retention(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions,
              @Value("${werkbrug.retention.anonymous-audit:P180D}") String anonymousAudit,
              @Value("${werkbrug.retention.mail-outbox:P14D}") String mailOutbox) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.anonymousAudit = Period.parse(anonymousAudit);
        this.mailOutbox = Period.parse(mailOutbox);
    }

    @Scheduled(cron = "${werkbrug.retention.cron:0 20 3 * * *}", zone = DutchTime.ZONE_ID)
    void nightly() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        int audit = pruneAnonymousAudit(now.minus(anonymousAudit).toInstant());
        int mail = deleteOutboxMail(now.minus(mailOutbox).toInstant());
        LOG.info("Retention: {} anonymous failed logins left the audit trail, {} outbox mails deleted", audit, mail);
    }

    /** Removes sealed failed logins without a municipality from before that moment; answers how many. */
    int pruneAnonymousAudit(Instant before) {
        int total = 0;
        int pruned;
        do {
            pruned = Objects.requireNonNull(transaction.execute(status -> jdbc
                    .sql("select audit_prune_anonymous(:before, :max)")
                    .param("before", java.sql.Timestamp.from(before)).param("max", BATCH).query(Integer.class).single()));
            total += pruned;
        } while (pruned == BATCH);
        return total;
    }

    /** Deletes the region's outbox mail stored before that moment; answers how many. */
    int deleteOutboxMail(Instant before) {
        return Objects.requireNonNull(transaction.execute(status -> jdbc.sql("delete from mail_outbox where sent_at < :before")
                .param("before", java.sql.Timestamp.from(before)).update()));
    }
}
