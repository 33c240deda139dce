package nl.werkbrug.pool.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.VerboseResult;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import nl.werkbrug.shared.DutchTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The pool's token buckets, kept by bucket4j in PostgreSQL ({@code pool_rate_bucket}, rows locked with select ... for
 * update) so that every replica of the portal draws from the same bucket. bucket4j's time is the portal's
 * {@link Clock}. A daily quota is a bucket whose key names the day: it is full at the day's start and never refills
 * within it; a rate limit refills evenly. Buckets live two days after their last use; the nightly job removes the
 * rest.
 */
@Component
public class QuotaBuckets {

    private static final Logger log = LoggerFactory.getLogger(QuotaBuckets.class);
    private static final Duration KEEP = Duration.ofDays(2);

    /** What one charge left: whether it was served, and how many tokens of the bucket are used now. */
    public record Charge(boolean served, long used, long capacity) {
    }

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    QuotaBuckets(DataSource dataSource, Clock clock) {
        this.buckets = manager(dataSource, clock);
    }

    /** A proxy manager over the pool's bucket table, as every replica builds it. */
    public static PostgreSQLSelectForUpdateBasedProxyManager<String> manager(DataSource dataSource, Clock clock) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("pool_rate_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.fixedTimeToLive(KEEP))
                .clientClock(new PortalTime(clock))
                .build();
    }

    /** Takes one token from a daily bucket of this capacity; a refused charge takes nothing. */
    public Charge daily(String key, long capacity) {
        return charge(buckets, key, BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(capacity).refillIntervally(capacity, Duration.ofDays(1)))
                .build(), capacity);
    }

    /** Takes one token from a rate-limit bucket that holds {@code perMinute} tokens and refills them evenly. */
    public Charge perMinute(String key, long perMinute) {
        return charge(buckets, key, BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build(), perMinute);
    }

    /**
     * What one charge of a daily quota with a rate limit left, per limit; both were served or neither.
     *
     * @param day  the day's quota
     * @param rate the rate limit
     */
    public record RatedCharge(Charge day, Charge rate) {

        public boolean served() {
            return day.served();
        }

        /** Whether the rate limit refused it while the day's quota had tokens left. */
        public boolean tooFast() {
            return !rate.served() && day.used() < day.capacity();
        }
    }

    /**
     * Takes one token from a bucket with two limits, in one round trip: a daily quota of {@code perDay} (as
     * {@link #daily}: the key names the day) and a rate of {@code perMinute} refilled evenly. A refused charge takes
     * nothing from either.
     */
    public RatedCharge dailyAtRate(String key, long perDay, long perMinute) {
        VerboseResult<ConsumptionProbe> result = buckets.builder().build(key, () -> BucketConfiguration.builder()
                        .addLimit(limit -> limit.capacity(perDay).refillIntervally(perDay, Duration.ofDays(1)))
                        .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                        .build())
                .asVerbose().tryConsumeAndReturnRemaining(1);
        boolean served = result.getValue().isConsumed();
        long[] left = result.getDiagnostics().getAvailableTokensPerEachBandwidth();
        return new RatedCharge(new Charge(served, perDay - left[0], perDay),
                new Charge(served, perMinute - left[1], perMinute));
    }

    /** How many tokens of a daily bucket are used (0 for a bucket nobody drew from). */
    public long usedToday(String key, long capacity) {
        return capacity - buckets.getProxyConfiguration(key)
                .map(configuration -> buckets.builder().build(key, () -> configuration).getAvailableTokens())
                .orElse(capacity);
    }

    static Charge charge(ProxyManager<String> buckets, String key, BucketConfiguration configuration, long capacity) {
        ConsumptionProbe probe = buckets.builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1);
        return new Charge(probe.isConsumed(), capacity - probe.getRemainingTokens(), capacity);
    }

    @Scheduled(cron = "${werkbrug.pool.quotas.cleanup-cron:0 45 2 * * *}", zone = DutchTime.ZONE_ID)
    void nightly() {
        int removed;
        int total = 0;
        do {
            removed = buckets.removeExpired(1000);
            total += removed;
        } while (removed > 0);
        log.debug("Pool quotas: removed {} expired buckets", total);
    }

    /** bucket4j's time source: the portal's clock, so tests can move it. */
    private record PortalTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return TimeUnit.MILLISECONDS.toNanos(clock.millis());
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
