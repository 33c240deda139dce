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
 * @param extension    the one extension under Awb 4:14, if the authority gave it
 */
public record Beslistermijn(LocalDate received, Period term, List<Suspension> suspensions, @Nullable Extension extension) {

    /**
     * The applicant was invited to complete the request on {@code invited} and did so on {@code completed} (null while
     * open). The term stands still from the day after the invitation up to, not including, the day of completion, or,
     * when the applicant let the term to answer ({@code answerDue}, Awb 4:5) pass unused, up to and including its last
     * day (Awb 4:15 lid 1 under a: "de termijn daarvoor ongebruikt is verstreken").
     */
    public record Suspension(LocalDate invited, @Nullable LocalDate completed, @Nullable LocalDate answerDue) {

        public Suspension(LocalDate invited, @Nullable LocalDate completed) {
            this(invited, completed, null);
        }

        /** The first day on which the term runs again: the day of the answer, or the day after the answer term. */
        @Nullable LocalDate resumes() {
            LocalDate afterTerm = answerDue == null ? null : answerDue.plusDays(1);
            if (completed == null) {
                return afterTerm;
            }
            return afterTerm != null && afterTerm.isBefore(completed) ? afterTerm : completed;
        }

        boolean isOpenOn(LocalDate today) {
            LocalDate resumes = resumes();
            return resumes == null || today.isBefore(resumes);
        }

        long days() {
            LocalDate resumes = resumes();
            return resumes == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(invited.plusDays(1), resumes));
        }
    }

    /** Awb 4:14: the authority told the applicant, before the term ended, the new date and why. */
    public record Extension(LocalDate givenOn, LocalDate newDeadline, String reason) {
    }

    public Beslistermijn {
        suspensions = List.copyOf(suspensions);
        if (term.isNegative() || term.isZero()) {
            throw new IllegalArgumentException("A decision term must be positive");
        }
    }

    public Beslistermijn(LocalDate received, Period term, List<Suspension> suspensions) {
        this(received, term, suspensions, null);
    }

    public static Beslistermijn of(LocalDate received, Period term) {
        return new Beslistermijn(received, term, List.of());
    }

    /**
     * The term as it stands on {@code today}: a question whose answer term (Awb 4:5) has passed unanswered no longer
     * suspends it (Awb 4:15).
     */
    public Beslistermijn asOf(LocalDate today) {
        return new Beslistermijn(received, term, suspensions.stream().map(suspension -> suspension.completed() == null
                && !suspension.isOpenOn(today) ? new Suspension(suspension.invited(), suspension.resumes(),
                suspension.answerDue()) : suspension).toList(), extension);
    }

    /**
     * Awb 4:14: extends the term once, on {@code today}, before the current deadline has passed, to a later date (a
     * date on a weekend or holiday runs on to the next working day, Algemene termijnenwet).
     *
     * @throws IllegalStateException    when the term was extended before, stands still or has already passed
     * @throws IllegalArgumentException when the new date is not after the current deadline or no reason is given
     */
    public Beslistermijn extend(LocalDate today, LocalDate newDeadline, String reason) {
        if (extension != null) {
            throw new IllegalStateException("Awb 4:14 allows one extension");
        }
        LocalDate current = asOf(today).deadline();
        if (current == null || today.isAfter(current)) {
            throw new IllegalStateException("Only a running term that has not passed can be extended");
        }
        if (!newDeadline.isAfter(current) || reason.isBlank()) {
            throw new IllegalArgumentException("An extension needs a reason and a date after " + current);
        }
        return new Beslistermijn(received, term, suspensions, new Extension(today, newDeadline, reason.strip()));
    }

    /** The municipality asked the applicant to complete the request. */
    public Beslistermijn askForInformation(LocalDate invited) {
        return askForInformation(invited, null);
    }

    /** The municipality asked the applicant to complete the request by {@code answerDue} (Awb 4:5). */
    public Beslistermijn askForInformation(LocalDate invited, @Nullable LocalDate answerDue) {
        if (isSuspended()) {
            throw new IllegalStateException("The term already stands still");
        }
        List<Suspension> updated = new ArrayList<>(suspensions);
        updated.add(new Suspension(invited, null, answerDue));
        return new Beslistermijn(received, term, updated, extension);
    }

    /** The applicant completed the request. */
    public Beslistermijn informationReceived(LocalDate completed) {
        List<Suspension> updated = suspensions.stream()
                .map(suspension -> suspension.completed() == null
                        ? new Suspension(suspension.invited(), completed, suspension.answerDue()) : suspension)
                .toList();
        return new Beslistermijn(received, term, updated, extension);
    }

    public boolean isSuspended() {
        return suspensions.stream().anyMatch(suspension -> suspension.completed() == null);
    }

    /**
     * The last day on which the decision is in time; unknown (null) while the term stands still. After an extension
     * the new date counts, moved on by suspensions that began after it was given. Call on {@link #asOf} to let answer
     * terms that have passed end their suspension.
     */
    public @Nullable LocalDate deadline() {
        if (isSuspended()) {
            return null;
        }
        if (extension != null) {
            long laterDays = suspensions.stream().filter(suspension -> !suspension.invited().isBefore(extension.givenOn()))
                    .mapToLong(Suspension::days).sum();
            return AlgemeneTermijnenwet.extendToWorkingDay(extension.newDeadline().plusDays(laterDays));
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
