package nl.werkbrug.platform.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import nl.werkbrug.shared.DutchTime;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the audit trail tamper-evident (ADR 0023): every minute the entries no seal holds yet are sealed into the
 * hash chain (in the database, {@code audit_seal_pending}); every night the whole chain is recomputed
 * ({@code audit_verify_chain}). Each new link is logged, so a copy of the chain's head lives outside the database
 * (the log shipping of the platform); the outcome of the last verification is the health component
 * {@code auditChain}, DOWN when a seal no longer matches its entries.
 */
@Component("auditChain")
class AuditChain implements HealthIndicator {

    /** A seal: how many entries, the last one's id and the chain's hash after it. */
    record Seal(long id, int events, long lastEventId, String chainHash) {
    }

    /** The outcome of a verification: the first seal that broke (none when the chain holds) and what was checked. */
    record Verification(@Nullable Long brokenSeal, int seals, long events, Instant at) {

        boolean holds() {
            return brokenSeal == null;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(AuditChain.class);
    /** At most this many entries per seal (a backlog takes several runs). */
    private static final int BATCH = 10_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicReference<@Nullable Verification> last = new AtomicReference<>();

    AuditChain(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Seals what is pending, in batches; returns the last seal written, if any. */
    @Scheduled(fixedDelayString = "${werkbrug.audit.seal-delay:1m}", initialDelayString = "${werkbrug.audit.seal-delay:1m}")
    Optional<Seal> seal() {
        Optional<Seal> written = Optional.empty();
        Optional<Seal> seal;
        while ((seal = sealBatch()).isPresent()) {
            written = seal;
            Seal link = seal.get();
            LOG.info("Audit seal {}: {} entries up to id {}, chain {}", link.id(), link.events(), link.lastEventId(),
                    link.chainHash());
            if (link.events() < BATCH) {
                break;
            }
        }
        return written;
    }

    private Optional<Seal> sealBatch() {
        return jdbc.sql("select seal_id, events, last_event_id, chain_hash from audit_seal_pending(:max)")
                .param("max", BATCH)
                .query((rs, row) -> new Seal(rs.getLong("seal_id"), rs.getInt("events"), rs.getLong("last_event_id"),
                        rs.getString("chain_hash")))
                .optional();
    }

    /** Recomputes the whole chain; logs an error and turns the health DOWN when a seal no longer matches. */
    @Scheduled(cron = "${werkbrug.audit.verify-cron:0 0 4 * * *}", zone = DutchTime.ZONE_ID)
    Verification verify() {
        Verification verification = jdbc.sql("select broken_seal, seals, events from audit_verify_chain()")
                .query((rs, row) -> new Verification(rs.getObject("broken_seal", Long.class), rs.getInt("seals"),
                        rs.getLong("events"), clock.instant()))
                .single();
        last.set(verification);
        if (verification.holds()) {
            LOG.info("Audit chain holds: {} seals, {} entries", verification.seals(), verification.events());
        } else {
            LOG.error("Audit chain broken at seal {}: its entries were changed, removed or moved after sealing "
                    + "({} seals checked)", verification.brokenSeal(), verification.seals());
        }
        return verification;
    }

    @Override
    public Health health() {
        Verification verification = last.get();
        if (verification == null) {
            return Health.unknown().withDetail("verified", "not yet").build();
        }
        Health.Builder health = verification.holds() ? Health.up() : Health.down()
                .withDetail("brokenSeal", verification.brokenSeal());
        return health.withDetail("seals", verification.seals()).withDetail("entries", verification.events())
                .withDetail("verifiedAt", verification.at().toString()).build();
    }
}
