package nl.werkbrug.identity.internal;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets at most {@code permits} password hashes run at once (first come, first served), the others wait parked.
 * A BCrypt check is about 60 ms of one core without a pause (docs/adr/0030). On virtual threads the portal has one
 * carrier thread per core: logins arriving together would take every carrier, and the requests of users already
 * signed in would wait behind them; a flood of login attempts could do the same on purpose. With half the cores for
 * hashing, the other half stays with the signed-in users.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore permits;

    BoundedPasswordEncoder(PasswordEncoder delegate, int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("at least one password hash must be allowed at a time: " + permits);
        }
        this.delegate = delegate;
        this.permits = new Semaphore(permits, true);
    }

    /** Half the processors the JVM may use (its container's CPU limit), at least one. */
    static int halfTheProcessors() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bounded(() -> delegate.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return bounded(() -> delegate.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private <T> T bounded(Supplier<T> hashing) {
        permits.acquireUninterruptibly();
        try {
            return hashing.get();
        } finally {
            permits.release();
        }
    }
}
