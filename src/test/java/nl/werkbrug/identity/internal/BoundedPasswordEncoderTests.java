package nl.werkbrug.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How many password hashes run at once (docs/adr/0030), counted inside the hashing itself. */
class BoundedPasswordEncoderTests {

    /** A hash that takes a while and counts how many run at the same time; "geheim" is its only right password. */
    private static final class CountingHash implements PasswordEncoder {

        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final CountDownLatch together;

        CountingHash(int waitForTogether) {
            together = new CountDownLatch(waitForTogether);
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return work("hash of " + rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return work(encodedPassword).equals("hash of " + rawPassword);
        }

        private String work(String result) {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                together.countDown();
                // waits until as many hashes as expected run at once, or 100 ms
                together.await(100, TimeUnit.MILLISECONDS);
                return result;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                running.decrementAndGet();
            }
        }
    }

    private static List<Boolean> eightLoginsAtOnce(PasswordEncoder encoder) throws Exception {
        List<Future<Boolean>> answers = new ArrayList<>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 8; i++) {
                String password = i % 2 == 0 ? "geheim" : "fout";
                answers.add(threads.submit(() -> encoder.matches(password, "hash of geheim")));
            }
        }
        List<Boolean> results = new ArrayList<>();
        for (Future<Boolean> answer : answers) {
            results.add(answer.get());
        }
        return results;
    }

    @Test
    void with_one_permit_eight_logins_arriving_together_are_hashed_one_after_the_other_and_all_answered() throws Exception {
        CountingHash hash = new CountingHash(2);

        List<Boolean> answers = eightLoginsAtOnce(new BoundedPasswordEncoder(hash, 1));

        assertThat(hash.mostAtOnce).hasValue(1);
        assertThat(answers).containsExactly(true, false, true, false, true, false, true, false);
    }

    @Test
    void with_two_permits_two_hashes_run_at_the_same_time_but_never_three() throws Exception {
        CountingHash hash = new CountingHash(3);

        eightLoginsAtOnce(new BoundedPasswordEncoder(hash, 2));

        assertThat(hash.mostAtOnce).hasValue(2);
    }

    @Test
    void without_the_bound_the_counting_hash_sees_the_eight_logins_run_together() throws Exception {
        // the counting itself can see more than one at a time: the bound above is what keeps it at one or two
        CountingHash hash = new CountingHash(8);

        eightLoginsAtOnce(hash);

        assertThat(hash.mostAtOnce.get()).isGreaterThan(2);
    }

    @Test
    void the_portals_encoder_checks_and_makes_bcrypt_hashes() {
        PasswordEncoder encoder = new SecurityConfiguration().passwordEncoder();
        String madeByBcrypt = new BCryptPasswordEncoder().encode("Twente-2026");

        assertThat(encoder).isInstanceOf(BoundedPasswordEncoder.class);
        assertThat(encoder.matches("Twente-2026", madeByBcrypt)).isTrue();
        assertThat(encoder.matches("twente-2026", madeByBcrypt)).isFalse();
        assertThat(encoder.encode("Twente-2026")).startsWith("$2a$10$").isNotEqualTo(madeByBcrypt);
    }
}
