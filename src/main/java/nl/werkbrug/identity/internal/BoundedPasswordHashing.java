package nl.werkbrug.identity.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that lets at most {@code concurrency} hashes run at once (default: half the processors, at
 * least one); the others wait their turn, at most {@code max-wait}. A password hash is slow on purpose (BCrypt, strength
 * 10: 63 ms of one core here), so many logins at once (the start of a working day, or a flood of attempts) would take
 * every core and stall the pages of everyone already at work: the load test's 300 users arriving in 30 s were ten
 * hashes a second, 0.6 of this machine's two cores, in bursts. Bounded, the logins queue among themselves and the
 * other requests keep the rest of the processors (ADR 0027). A check that waited too long fails as "login not
 * possible now" ({@link Busy}), never as a wrong password, so it counts for no throttle.
 */
final class BoundedPasswordHashing implements PasswordEncoder {

    /** How many hashes at once and how long a login waits for its turn ({@code werkbrug.password-hashing.*}). */
    @ConfigurationProperties("werkbrug.password-hashing")
    record Settings(@DefaultValue("0") int concurrency, @DefaultValue("10s") Duration maxWait) {

        /** The number of hashes at once: as configured, or half the processors (at least one). */
        int permits() {
            return concurrency > 0 ? concurrency : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        }
    }

    /** No turn to check the password within the wait: the login is refused as not possible now. */
    static final class Busy extends AuthenticationServiceException {
        Busy() {
            super("Too many password checks at once");
        }
    }

    private final PasswordEncoder delegate;
    private final Semaphore turns;
    private final Duration wait;

    BoundedPasswordHashing(PasswordEncoder delegate, int permits, Duration wait) {
        this.delegate = delegate;
        this.turns = new Semaphore(permits, true);
        this.wait = wait;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return inTurn(() -> delegate.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return inTurn(() -> delegate.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private <T> T inTurn(Supplier<T> hashing) {
        try {
            if (!turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        try {
            return hashing.get();
        } finally {
            turns.release();
        }
    }
}
