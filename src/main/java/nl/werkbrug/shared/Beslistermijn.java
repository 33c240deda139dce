package nl.werkbrug.shared;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The term within which a municipality must decide on a request (beslistermijn). It starts the day after the
 * request is received, stands still while the applicant is asked to complete the request (Awb 4:15: from the day
 * after the invitation to complete it until the day it is completed), and a term that ends on a weekend or holiday
 * moves to the next working day (Algemene termijnenwet).
 *
 * @param received     the day the request was submitted
 * @param term         the decision term from the catalogue, e.g. 8 weeks
 * @param suspensions  periods in which the term stood still; an open suspension has no end
 */
public record Beslistermijn(LocalDate received, Period term, List<Suspension> suspensions) {

    /**
     * The applicant was invited to complete the request on {@code invited} and did so on {@code completed} (null while
     * open). The term stands still from the day after the invitation up to, not including, the day of completion.
     */
    public record Suspension(LocalDate invited, @Nullable LocalDate completed) {

        long days() {
            return completed == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(invited.plusDays(1), completed));
        }
    }

    public Beslistermijn {
        suspensions = List.copyOf(suspensions);
        if (term.isNegative() || term.isZero()) {
            throw new IllegalArgumentException("A decision term must be positive");
        }
    }

    public static Beslistermijn of(LocalDate received, Period term) {
        return new Beslistermijn(received, term, List.of());
    }

    /** The municipality asked the applicant to complete the request. */
    public Beslistermijn askForInformation(LocalDate invited) {
        if (isSuspended()) {
            throw new IllegalStateException("The term already stands still");
        }
        List<Suspension> updated = new ArrayList<>(suspensions);
        updated.add(new Suspension(invited, null));
        return new Beslistermijn(received, term, updated);
    }

    /** The applicant completed the request. */
    public Beslistermijn informationReceived(LocalDate completed) {
        List<Suspension> updated = suspensions.stream()
                .map(suspension -> suspension.completed() == null ? new Suspension(suspension.invited(), completed) : suspension)
                .toList();
        return new Beslistermijn(received, term, updated);
    }

    public boolean isSuspended() {
        return suspensions.stream().anyMatch(suspension -> suspension.completed() == null);
    }

    /** The last day on which the decision is in time; unknown (null) while the term stands still. */
    public @Nullable LocalDate deadline() {
        if (isSuspended()) {
            return null;
        }
        long suspendedDays = suspensions.stream().mapToLong(Suspension::days).sum();
        return AlgemeneTermijnenwet.extendToWorkingDay(received.plus(term).plusDays(suspendedDays));
    }

    /** Overdue on {@code today}: the deadline has passed and the term is running. */
    public boolean isOverdue(LocalDate today) {
        LocalDate deadline = deadline();
        return deadline != null && today.isAfter(deadline);
    }

    /** Calendar days left until the deadline (negative when overdue), or null while the term stands still. */
    public @Nullable Long daysLeft(LocalDate today) {
        LocalDate deadline = deadline();
        return deadline == null ? null : ChronoUnit.DAYS.between(today, deadline);
    }
}
