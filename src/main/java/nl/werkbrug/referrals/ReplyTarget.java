package nl.werkbrug.referrals;

import java.time.LocalDate;

import nl.werkbrug.shared.AlgemeneTermijnenwet;

/**
 * The employer's reply-time target for a proposal: a number of working days (no weekends, no public holidays of the
 * Algemene termijnenwet) counted from the day after the proposal reached the employer.
 */
public record ReplyTarget(int workingDays) {

    public ReplyTarget {
        if (workingDays < 1) {
            throw new IllegalArgumentException("a reply target is at least one working day");
        }
    }

    /** The last day the employer has to answer a proposal sent on the given day. */
    public LocalDate lastDay(LocalDate sentOn) {
        LocalDate day = sentOn;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (AlgemeneTermijnenwet.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Whether the target passed on the given day for a proposal sent on another. */
    public boolean passed(LocalDate sentOn, LocalDate today) {
        return today.isAfter(lastDay(sentOn));
    }
}
