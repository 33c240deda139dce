package nl.werkbrug.catalogue;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * What is known about a person (and the intended placement) to decide which instruments apply. A fact left empty is
 * unknown: a rule that needs it gives "onbekend" instead of a yes or no.
 *
 * @param referenceDate           the day to judge on (the catalogue as it stands that day)
 * @param age                     age in years on the reference date
 * @param benefit                 the benefit the person receives
 * @param doelgroepregister       registration in the doelgroepregister, with its dates
 * @param beschutWerkIndication   UWV gave a positive advice for beschut werk
 * @param contractHoursPerWeek    hours per week of the (intended) employment contract
 * @param contractMonths          length of the (intended) employment contract in months
 * @param fullOutflow             the person leaves the benefit completely
 * @param requestedDurationMonths how long the instrument would be used, in months
 */
public record PersonFacts(@NotNull LocalDate referenceDate,
                          @Nullable @Min(0) @Max(120) Integer age,
                          @Nullable BenefitType benefit,
                          @Nullable Doelgroepregister doelgroepregister,
                          @Nullable Boolean beschutWerkIndication,
                          @Nullable @Min(0) @Max(60) Integer contractHoursPerWeek,
                          @Nullable @Min(0) @Max(600) Integer contractMonths,
                          @Nullable Boolean fullOutflow,
                          @Nullable @Min(0) @Max(600) Integer requestedDurationMonths) {

    /** Nothing known yet, judged on the given day. */
    public static PersonFacts on(LocalDate day) {
        return new PersonFacts(day, null, null, null, null, null, null, null, null);
    }

    public PersonFacts withAge(@Nullable Integer value) {
        return new PersonFacts(referenceDate, value, benefit, doelgroepregister, beschutWerkIndication, contractHoursPerWeek, contractMonths, fullOutflow, requestedDurationMonths);
    }

    public PersonFacts withBenefit(@Nullable BenefitType value) {
        return new PersonFacts(referenceDate, age, value, doelgroepregister, beschutWerkIndication, contractHoursPerWeek, contractMonths, fullOutflow, requestedDurationMonths);
    }

    public PersonFacts withDoelgroepregister(@Nullable Doelgroepregister value) {
        return new PersonFacts(referenceDate, age, benefit, value, beschutWerkIndication, contractHoursPerWeek, contractMonths, fullOutflow, requestedDurationMonths);
    }

    public PersonFacts withBeschutWerkIndication(@Nullable Boolean value) {
        return new PersonFacts(referenceDate, age, benefit, doelgroepregister, value, contractHoursPerWeek, contractMonths, fullOutflow, requestedDurationMonths);
    }

    public PersonFacts withContract(@Nullable Integer hoursPerWeek, @Nullable Integer months) {
        return new PersonFacts(referenceDate, age, benefit, doelgroepregister, beschutWerkIndication, hoursPerWeek, months, fullOutflow, requestedDurationMonths);
    }

    public PersonFacts withFullOutflow(@Nullable Boolean value) {
        return new PersonFacts(referenceDate, age, benefit, doelgroepregister, beschutWerkIndication, contractHoursPerWeek, contractMonths, value, requestedDurationMonths);
    }

    public PersonFacts withRequestedDurationMonths(@Nullable Integer value) {
        return new PersonFacts(referenceDate, age, benefit, doelgroepregister, beschutWerkIndication, contractHoursPerWeek, contractMonths, fullOutflow, value);
    }
}
