package nl.werkbrug.candidates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.werkbrug.shared.BeanRules;
import nl.werkbrug.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * What a consultant adds to a file, one record per kind of entry. Each names the rules it breaks with
 * {@link #problems}: its own constraints plus dates that lie in the future or end before they start. The field paths
 * are the record components, so a view shows each problem at its field.
 */
public sealed interface FileEntry {

    /** Every rule the entry breaks, judged on {@code today}. */
    List<FieldProblem> problems(LocalDate today);

    private static List<FieldProblem> checked(Object entry, LocalDate today, @Nullable LocalDate past, String pastField,
                                              @Nullable LocalDate from, @Nullable LocalDate until, String untilField) {
        List<FieldProblem> problems = new ArrayList<>(BeanRules.problems(entry));
        if (past != null && past.isAfter(today)) {
            problems.add(FieldProblem.of(pastField, "candidates.error.date-future"));
        }
        if (from != null && until != null && until.isBefore(from)) {
            problems.add(FieldProblem.of(untilField, "candidates.error.end-before-start"));
        }
        return problems;
    }

    /**
     * A position on the participatieladder. The rung is an Integer so that what was typed (a 7) reaches the rule
     * and is answered at the field.
     */
    record LadderAssessment(
            @NotNull(message = "{candidates.error.rung}") @Nullable Integer rung,
            @NotNull(message = "{candidates.error.date-required}") @Nullable LocalDate assessedOn,
            @Size(max = 2000) String note) implements FileEntry {

        @Override
        public List<FieldProblem> problems(LocalDate today) {
            List<FieldProblem> problems = checked(this, today, assessedOn, "assessedOn", null, null, "");
            if (rung != null && (rung < 1 || rung > 6)) {
                problems.add(FieldProblem.of("rung", "candidates.error.rung"));
            }
            return problems;
        }
    }

    /** A target group the candidate belongs to, from a day (and until a day), on a basis. */
    record FlagEntry(
            @NotNull(message = "{candidates.error.flag-required}") @Nullable DoelgroepFlag flag,
            @NotNull(message = "{candidates.error.date-required}") @Nullable LocalDate from,
            @Nullable LocalDate until,
            @Size(max = 500) String basis) implements FileEntry {

        @Override
        public List<FieldProblem> problems(LocalDate today) {
            return checked(this, today, from, "from", from, until, "until");
        }
    }

    /** The work obligation from a day; an exemption needs its individual reason. */
    record ObligationEntry(
            @NotNull(message = "{candidates.error.obligation-required}") @Nullable WorkObligation kind,
            @Size(max = 2000) String reason,
            @NotNull(message = "{candidates.error.date-required}") @Nullable LocalDate from,
            @Nullable LocalDate until) implements FileEntry {

        @Override
        public List<FieldProblem> problems(LocalDate today) {
            List<FieldProblem> problems = checked(this, today, null, "", from, until, "until");
            if (kind != null && kind != WorkObligation.OPGELEGD && (reason == null || reason.isBlank())) {
                problems.add(FieldProblem.of("reason", "candidates.error.exemption-reason"));
            }
            return problems;
        }
    }

    /** Obstacles seen from a day on. */
    record ObstacleEntry(
            @NotEmpty(message = "{candidates.error.obstacle-required}") Set<Obstacle> obstacles,
            @NotNull(message = "{candidates.error.date-required}") @Nullable LocalDate from) implements FileEntry {

        public ObstacleEntry {
            obstacles = Set.copyOf(obstacles);
        }

        @Override
        public List<FieldProblem> problems(LocalDate today) {
            return checked(this, today, from, "from", null, null, "");
        }
    }

    /** An instrument of the municipality's catalogue planned in the trajectory. */
    record DeploymentPlan(
            @NotBlank(message = "{candidates.error.instrument-required}") String instrumentCode,
            @Size(max = 200) String provider,
            @NotNull(message = "{candidates.error.date-required}") @Nullable LocalDate start,
            @Nullable LocalDate plannedEnd,
            @Nullable @DecimalMin(value = "0", message = "{candidates.error.cost}")
            @DecimalMax(value = "99999999", message = "{candidates.error.cost}") BigDecimal cost) implements FileEntry {

        @Override
        public List<FieldProblem> problems(LocalDate today) {
            return checked(this, today, null, "", start, plannedEnd, "plannedEnd");
        }
    }

    /** How a deployment ended. */
    record DeploymentEnd(
            @NotNull(message = "{candidates.error.date-required}") @Nullable LocalDate endedOn,
            @NotBlank(message = "{candidates.error.outcome-required}") @Size(max = 2000) String outcome) implements FileEntry {

        @Override
        public List<FieldProblem> problems(LocalDate today) {
            return checked(this, today, endedOn, "endedOn", null, null, "");
        }
    }

    /** The intake interview and any deeper diagnosis, with its outcome from Enschede's list. */
    record IntakeEntry(
            @NotNull(message = "{candidates.error.date-required}") @Nullable LocalDate heldOn,
            Set<Diagnosis> diagnoses,
            @NotNull(message = "{candidates.error.intake-outcome-required}") @Nullable IntakeOutcome outcome,
            @Size(max = 2000) String note) implements FileEntry {

        public IntakeEntry {
            diagnoses = Set.copyOf(diagnoses);
        }

        @Override
        public List<FieldProblem> problems(LocalDate today) {
            return checked(this, today, heldOn, "heldOn", null, null, "");
        }
    }

    /** A contact in the journal. */
    record ContactEntry(
            @NotNull(message = "{candidates.error.contact-kind-required}") @Nullable ContactKind kind,
            @NotNull(message = "{candidates.error.date-required}") @Nullable LocalDate heldOn,
            @NotBlank(message = "{candidates.error.note-required}") @Size(max = 2000) String note) implements FileEntry {

        @Override
        public List<FieldProblem> problems(LocalDate today) {
            return checked(this, today, heldOn, "heldOn", null, null, "");
        }
    }

    /** An agreement made with the candidate, due on a day. */
    record AgreementEntry(
            @NotBlank(message = "{candidates.error.agreement-required}") @Size(max = 500) String description,
            @NotNull(message = "{candidates.error.date-required}") @Nullable LocalDate dueOn) implements FileEntry {

        @Override
        public List<FieldProblem> problems(LocalDate today) {
            return checked(this, today, null, "", null, null, "");
        }
    }

    /** The candidate left the caseload: the file closes. */
    record OutflowEntry(
            @NotNull(message = "{candidates.error.outflow-reason-required}") @Nullable OutflowReason reason,
            @NotNull(message = "{candidates.error.date-required}") @Nullable LocalDate on) implements FileEntry {

        @Override
        public List<FieldProblem> problems(LocalDate today) {
            return checked(this, today, on, "on", null, null, "");
        }
    }

    /** The file goes to a colleague, with a note for them. */
    record Handover(
            @NotBlank(message = "{candidates.error.colleague-required}") String toUsername,
            @NotBlank(message = "{candidates.error.handover-note}") @Size(max = 2000) String note) implements FileEntry {

        @Override
        public List<FieldProblem> problems(LocalDate today) {
            return checked(this, today, null, "", null, null, "");
        }
    }
}
