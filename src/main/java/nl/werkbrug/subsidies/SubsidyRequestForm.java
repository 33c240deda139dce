package nl.werkbrug.subsidies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.Bsn;
import nl.werkbrug.shared.DutchTime;
import org.jspecify.annotations.Nullable;

/**
 * What an employer fills in for a subsidy request. Mutable, so a form can bind to it field by field and keep
 * everything typed while some field is still wrong; {@link #problems} judges it as a whole before submission.
 */
public class SubsidyRequestForm {

    public static final String LOONKOSTENSUBSIDIE = "loonkostensubsidie";
    public static final String JOBCOACHING = "jobcoaching";
    /** A proefplaatsing is unpaid work with benefit: the request asks no wage (issue 12). */
    public static final String PROEFPLAATSING = "proefplaatsing";

    private @Nullable String employeeName;
    private @Nullable LocalDate employeeBirthDate;
    private @Nullable String bsn;
    private @Nullable LocalDate contractStart;
    private @Nullable LocalDate contractEnd;
    private @Nullable BigDecimal hoursPerWeek;
    private @Nullable BigDecimal monthlyWage;
    private @Nullable BigDecimal loonwaardePercent;
    private boolean loonwaardemetingRequested;
    private @Nullable CoachKind coachKind;
    private @Nullable BigDecimal coachHoursPerMonth;
    /** The referral through which the employee was hired, when the employer files the request for that placement. */
    private java.util.@Nullable UUID placement;

    /** The BSN passes the 11-proef. */
    public static boolean isValidBsn(@Nullable String value) {
        return value != null && Bsn.isValid(value.strip());
    }

    /** Everything that keeps this request from being submitted for the given instrument. */
    public List<FieldProblem> problems(String instrumentCode) {
        return problems(instrumentCode, LocalDate.now(DutchTime.ZONE));
    }

    /** Everything that keeps this request from being submitted for the given instrument on {@code today}. */
    public List<FieldProblem> problems(String instrumentCode, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (employeeName == null || employeeName.isBlank()) {
            problems.add(FieldProblem.of("employeeName", "subsidy.error.required"));
        } else if (employeeName.length() > 200 || employeeName.indexOf('\u0000') >= 0
                || employeeName.codePoints().anyMatch(c -> Character.getType(c) == Character.SURROGATE)) { // NUL or a broken surrogate pair
            problems.add(FieldProblem.of("employeeName", "input.text-invalid"));
        }
        // what PostgreSQL cannot store is refused as input, never met as a database error (issue 13, bad input)
        for (var date : new Object[][] {{"employeeBirthDate", employeeBirthDate}, {"contractStart", contractStart},
                {"contractEnd", contractEnd}}) {
            if (date[1] instanceof LocalDate day && (day.getYear() < 1900 || day.getYear() > 2200)) {
                problems.add(FieldProblem.of((String) date[0], "input.date-range"));
            }
        }
        if (monthlyWage != null && monthlyWage.abs().compareTo(new BigDecimal("99999999")) > 0) {
            problems.add(FieldProblem.of("monthlyWage", "input.number-too-large"));
        }
        if (employeeBirthDate == null) {
            problems.add(FieldProblem.of("employeeBirthDate", "subsidy.error.required"));
        } else if (employeeBirthDate.isAfter(today.minusYears(15))) {
            problems.add(FieldProblem.of("employeeBirthDate", "subsidy.error.birth-date"));
        }
        if (bsn == null || bsn.isBlank()) {
            problems.add(FieldProblem.of("bsn", "subsidy.error.required"));
        } else if (!isValidBsn(bsn)) {
            problems.add(FieldProblem.of("bsn", "subsidy.error.bsn"));
        }
        if (contractStart == null) {
            problems.add(FieldProblem.of("contractStart", "subsidy.error.required"));
        }
        if (contractEnd != null && contractStart != null && !contractEnd.isAfter(contractStart)) {
            problems.add(FieldProblem.of("contractEnd", "subsidy.error.end-before-start"));
        }
        if (hoursPerWeek == null) {
            problems.add(FieldProblem.of("hoursPerWeek", "subsidy.error.required"));
        } else if (hoursPerWeek.signum() <= 0 || hoursPerWeek.compareTo(new BigDecimal("60")) > 0) {
            problems.add(FieldProblem.of("hoursPerWeek", "subsidy.error.hours"));
        }
        if (PROEFPLAATSING.equals(instrumentCode)) {
            // no wage: the candidate keeps the benefit during the trial placement
        } else if (monthlyWage == null) {
            problems.add(FieldProblem.of("monthlyWage", "subsidy.error.required"));
        } else if (monthlyWage.signum() <= 0) {
            problems.add(FieldProblem.of("monthlyWage", "subsidy.error.positive"));
        }
        if (LOONKOSTENSUBSIDIE.equals(instrumentCode)) {
            if (loonwaardePercent == null && !loonwaardemetingRequested) {
                problems.add(FieldProblem.of("loonwaardePercent", "subsidy.error.loonwaarde-or-meting"));
            } else if (loonwaardePercent != null
                    && (loonwaardePercent.signum() < 0 || loonwaardePercent.compareTo(new BigDecimal("100")) > 0)) {
                problems.add(FieldProblem.of("loonwaardePercent", "subsidy.error.percentage"));
            }
        }
        if (JOBCOACHING.equals(instrumentCode)) {
            if (coachKind == null) {
                problems.add(FieldProblem.of("coachKind", "subsidy.error.required"));
            }
            if (coachHoursPerMonth == null) {
                problems.add(FieldProblem.of("coachHoursPerMonth", "subsidy.error.required"));
            } else if (coachHoursPerMonth.signum() <= 0 || coachHoursPerMonth.compareTo(new BigDecimal("200")) > 0) {
                problems.add(FieldProblem.of("coachHoursPerMonth", "subsidy.error.coach-hours"));
            }
        }
        return problems;
    }

    /** Problems that even a draft may not be saved with (a draft may be incomplete, not wrong). */
    public List<FieldProblem> draftProblems(String instrumentCode) {
        return draftProblems(instrumentCode, LocalDate.now(DutchTime.ZONE));
    }

    /** Problems that even a draft may not be saved with on {@code today}. */
    public List<FieldProblem> draftProblems(String instrumentCode, LocalDate today) {
        return problems(instrumentCode, today).stream().filter(problem -> !problem.messageKey().equals("subsidy.error.required")
                && !problem.messageKey().equals("subsidy.error.loonwaarde-or-meting")).toList();
    }

    public @Nullable String getEmployeeName() { return employeeName; }
    public void setEmployeeName(@Nullable String employeeName) { this.employeeName = employeeName; }
    public @Nullable LocalDate getEmployeeBirthDate() { return employeeBirthDate; }
    public void setEmployeeBirthDate(@Nullable LocalDate employeeBirthDate) { this.employeeBirthDate = employeeBirthDate; }
    public @Nullable String getBsn() { return bsn; }
    public void setBsn(@Nullable String bsn) { this.bsn = bsn == null ? null : bsn.strip(); }
    public @Nullable LocalDate getContractStart() { return contractStart; }
    public void setContractStart(@Nullable LocalDate contractStart) { this.contractStart = contractStart; }
    public @Nullable LocalDate getContractEnd() { return contractEnd; }
    public void setContractEnd(@Nullable LocalDate contractEnd) { this.contractEnd = contractEnd; }
    public @Nullable BigDecimal getHoursPerWeek() { return hoursPerWeek; }
    public void setHoursPerWeek(@Nullable BigDecimal hoursPerWeek) { this.hoursPerWeek = hoursPerWeek; }
    public @Nullable BigDecimal getMonthlyWage() { return monthlyWage; }
    public void setMonthlyWage(@Nullable BigDecimal monthlyWage) { this.monthlyWage = monthlyWage; }
    public @Nullable BigDecimal getLoonwaardePercent() { return loonwaardePercent; }
    public void setLoonwaardePercent(@Nullable BigDecimal loonwaardePercent) { this.loonwaardePercent = loonwaardePercent; }
    public boolean isLoonwaardemetingRequested() { return loonwaardemetingRequested; }
    public void setLoonwaardemetingRequested(boolean loonwaardemetingRequested) { this.loonwaardemetingRequested = loonwaardemetingRequested; }
    public @Nullable CoachKind getCoachKind() { return coachKind; }
    public void setCoachKind(@Nullable CoachKind coachKind) { this.coachKind = coachKind; }
    public @Nullable BigDecimal getCoachHoursPerMonth() { return coachHoursPerMonth; }
    public void setCoachHoursPerMonth(@Nullable BigDecimal coachHoursPerMonth) { this.coachHoursPerMonth = coachHoursPerMonth; }

    public java.util.@Nullable UUID getPlacement() {
        return placement;
    }

    public void setPlacement(java.util.@Nullable UUID placement) {
        this.placement = placement;
    }
}
