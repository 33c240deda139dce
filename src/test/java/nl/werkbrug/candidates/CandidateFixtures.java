package nl.werkbrug.candidates;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Identities for test files: each with a BSN of its own that passes the 11-proef. */
public final class CandidateFixtures {

    private static final AtomicInteger NEXT = new AtomicInteger(10_000_000 + (int) (ProcessHandle.current().pid() % 1000) * 50_000);

    private CandidateFixtures() {
    }

    /**
     * A fresh BSN: eight digits counted up, and the ninth chosen so that 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of
     * 11; numbers where no single digit does that are skipped.
     */
    public static String nextBsn() {
        while (true) {
            String eight = String.format("%08d", NEXT.getAndIncrement());
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * (eight.charAt(i) - '0');
            }
            int last = sum % 11;
            if (last <= 9) {
                return eight + last;
            }
        }
    }

    public static CandidateIdentity identity(String givenName, String familyName) {
        return identity(givenName, familyName, nextBsn());
    }

    public static CandidateIdentity identity(String givenName, String familyName, String bsn) {
        return new CandidateIdentity(givenName, familyName, bsn, LocalDate.of(1990, 5, 17), "Marktstraat", "12",
                "7551 AB", "Hengelo", "074 123 4567", "kandidaat@example.org", Benefit.PARTICIPATIEWET,
                LocalDate.of(2024, 3, 1));
    }
}
