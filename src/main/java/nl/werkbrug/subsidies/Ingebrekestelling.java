package nl.werkbrug.subsidies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import nl.werkbrug.shared.Beslistermijn;
import org.jspecify.annotations.Nullable;

/**
 * A notice of default (ingebrekestelling, Awb 4:17) the applicant gave after the decision term passed. Two weeks after
 * the day it was received the municipality owes a penalty (dwangsom) for every day it is late, for at most 42 days:
 * EUR 23 a day for the first 14 days, EUR 35 for the next 14 and EUR 45 after that (Awb 4:17 lid 1 and 2; at most
 * EUR 1,442). The first day it is owed is "de dag waarop twee weken zijn verstreken" after the notice was received
 * (lid 3), a day named by the law, so the Algemene termijnenwet does not move it.
 *
 * @param received the day the municipality received the notice
 */
public record Ingebrekestelling(LocalDate received) {

    static final int MAXIMUM_DAYS = 42;
    private static final BigDecimal FIRST_14 = new BigDecimal("23");
    private static final BigDecimal NEXT_14 = new BigDecimal("35");
    private static final BigDecimal AFTER_28 = new BigDecimal("45");

    /**
     * A notice given on {@code received}: only once the decision term (as it stands that day) has passed.
     *
     * @throws IllegalStateException when the term has not passed (or stands still)
     */
    public static Ingebrekestelling give(Beslistermijn term, LocalDate received) {
        if (!term.asOf(received).isOverdue(received)) {
            throw new IllegalStateException("A notice of default can be given only after the decision term passed");
        }
        return new Ingebrekestelling(received);
    }

    /** The first day the penalty is owed: two weeks after the notice was received. */
    public LocalDate penaltyFrom() {
        return received.plusWeeks(2);
    }

    /**
     * The days the penalty is owed up to and including {@code today}, or up to the day before the decision when the
     * municipality decided ({@code decidedOn}); at most 42.
     */
    public long penaltyDays(LocalDate today, @Nullable LocalDate decidedOn) {
        LocalDate last = decidedOn != null && decidedOn.isBefore(today.plusDays(1)) ? decidedOn.minusDays(1) : today;
        long days = ChronoUnit.DAYS.between(penaltyFrom(), last) + 1;
        return Math.clamp(days, 0, MAXIMUM_DAYS);
    }

    /** The penalty accrued so far (see {@link #penaltyDays}). */
    public BigDecimal penalty(LocalDate today, @Nullable LocalDate decidedOn) {
        long days = penaltyDays(today, decidedOn);
        long first = Math.min(days, 14);
        long next = Math.clamp(days - 14, 0, 14);
        long rest = Math.max(0, days - 28);
        return FIRST_14.multiply(BigDecimal.valueOf(first)).add(NEXT_14.multiply(BigDecimal.valueOf(next)))
                .add(AFTER_28.multiply(BigDecimal.valueOf(rest)));
    }
}
