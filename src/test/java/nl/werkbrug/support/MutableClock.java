package nl.werkbrug.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import nl.werkbrug.shared.DutchTime;
import org.jspecify.annotations.Nullable;

/**
 * The portal's clock in integration tests: real time until a test sets it, then standing still at the moment set
 * (and moving only when the test advances it). {@link ClockReset} puts it back on real time after every test.
 */
public class MutableClock extends Clock {

    private final ZoneId zone;
    private volatile @Nullable Instant fixed;

    public MutableClock() {
        this(DutchTime.ZONE, null);
    }

    private MutableClock(ZoneId zone, @Nullable Instant fixed) {
        this.zone = zone;
        this.fixed = fixed;
    }

    /** Stops the clock at {@code moment}. */
    public void setTo(Instant moment) {
        fixed = moment;
    }

    /** Moves a stopped clock on (or starts from now and moves on). */
    public void advance(Duration duration) {
        fixed = instant().plus(duration);
    }

    /**
     * Moves the clock by whole calendar days in its zone, keeping the wall-clock time: across a change to or from
     * summer time a day is 23 or 25 hours, so {@code advance(Duration.ofDays(n))} can land on the day after (or
     * before) the one meant when run late in the evening.
     */
    public void moveDays(long days) {
        fixed = instant().atZone(zone).plusDays(days).toInstant();
    }

    /** Back to real time. */
    public void reset() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        Instant moment = fixed;
        return moment == null ? Instant.now() : moment;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        MutableClock owner = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return owner.instant();
            }

            @Override
            public ZoneId getZone() {
                return other;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return owner.withZone(zone);
            }
        };
    }
}
