package nl.werkbrug.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** At most so many password hashes at once; a login that waited too long for its turn is refused as busy. */
class BoundedPasswordHashingTests {

    /** Threads of this test's own: the common pool may be one thread, busy with another test. */
    final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    /** A hash that takes until it is let go, counting how many run at once. */
    static final class HeldHashing implements PasswordEncoder {

        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();

        @Override
        public String encode(CharSequence rawPassword) {
            return "hash:" + rawPassword;
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            return encodedPassword.equals("hash:" + rawPassword);
        }
    }

    @Test
    void a_second_check_waits_for_the_first_and_is_refused_as_busy_when_the_wait_runs_out() throws Exception {
        HeldHashing held = new HeldHashing();
        BoundedPasswordHashing hashing = new BoundedPasswordHashing(held, 1, Duration.ofMillis(200));
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> hashing.matches("geheim", "hash:geheim"), threads);
        assertThat(held.started.await(5, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> hashing.matches("geheim", "hash:geheim"))
                .isInstanceOf(BoundedPasswordHashing.Busy.class);

        held.release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(held.most.get()).isEqualTo(1);
        // the turn is free again
        assertThat(hashing.matches("geheim", "hash:anders")).isFalse();
    }

    @Test
    void two_turns_let_two_checks_run_at_once() throws Exception {
        HeldHashing held = new HeldHashing();
        BoundedPasswordHashing hashing = new BoundedPasswordHashing(held, 2, Duration.ofSeconds(5));
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> hashing.matches("a", "hash:a"), threads);
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> hashing.matches("b", "hash:b"), threads);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (held.running.get() < 2 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }

        assertThat(held.running.get()).isEqualTo(2);
        held.release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(second.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void bcrypt_still_checks_the_password_behind_the_bound() {
        BoundedPasswordHashing hashing = new BoundedPasswordHashing(new BCryptPasswordEncoder(4), 1, Duration.ofSeconds(5));
        String hash = hashing.encode("correct horse");

        assertThat(hash).startsWith("$2a$04$");
        assertThat(hashing.matches("correct horse", hash)).isTrue();
        assertThat(hashing.matches("wrong horse", hash)).isFalse();
    }

    @Test
    void the_default_is_half_the_processors_and_at_least_one() {
        int half = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);

        assertThat(new BoundedPasswordHashing.Settings(0, Duration.ofSeconds(10)).permits()).isEqualTo(half);
        assertThat(new BoundedPasswordHashing.Settings(3, Duration.ofSeconds(10)).permits()).isEqualTo(3);
    }
}
