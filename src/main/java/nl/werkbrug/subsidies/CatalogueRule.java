package nl.werkbrug.subsidies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.werkbrug.catalogue.AmountKind;
import nl.werkbrug.catalogue.AmountRule;
import nl.werkbrug.catalogue.Applicability;
import nl.werkbrug.catalogue.HoursTier;
import nl.werkbrug.catalogue.InstrumentApplicability;
import nl.werkbrug.catalogue.InstrumentCatalogue;
import nl.werkbrug.catalogue.MaxDuration;
import nl.werkbrug.catalogue.PersonFacts;
import nl.werkbrug.catalogue.PublishedInstrument;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.subsidies.internal.SubsidyRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Four-eyes by rule: whether a grant departs from the municipality's catalogue, and how. A grant is maatwerk when the
 * instrument is not (or no longer) in the catalogue, a condition of the applicability check is not met, the contract
 * runs longer than the instrument's maximum duration, or the monthly amount is above the catalogue's rule (for
 * loonkostensubsidie: above the statutory amount for the established loonwaarde; for another instrument: above its
 * monthly figure, or any amount where the catalogue states none). A refusal is never maatwerk. Each departure is a
 * message key with its arguments, stored with the proposal for the second consultant.
 */
@Component
class CatalogueRule {

    private final InstrumentCatalogue catalogue;
    private final InstrumentApplicability applicability;

    CatalogueRule(InstrumentCatalogue catalogue, InstrumentApplicability applicability) {
        this.catalogue = catalogue;
        this.applicability = applicability;
    }

    /** What the request's facts tell the applicability check on {@code today}. */
    static PersonFacts facts(LocalDate today, @Nullable LocalDate birthDate, @Nullable LocalDate contractStart,
                             @Nullable LocalDate contractEnd, @Nullable BigDecimal hoursPerWeek) {
        PersonFacts facts = PersonFacts.on(today);
        if (birthDate != null && !birthDate.isAfter(today)) {
            facts = facts.withAge((int) ChronoUnit.YEARS.between(birthDate, today));
        }
        Integer months = contractMonths(contractStart, contractEnd);
        return facts.withContract(hoursPerWeek == null ? null : hoursPerWeek.intValue(), months);
    }

    /** Whole months of a contract, counting its last day; null when start or end is unknown. */
    static @Nullable Integer contractMonths(@Nullable LocalDate start, @Nullable LocalDate end) {
        return start != null && end != null && end.isAfter(start)
                ? (int) ChronoUnit.MONTHS.between(start, end.plusDays(1)) : null;
    }

    /**
     * @param monthlyAmount   the amount granted per month, if the decision names one
     * @param statutoryAmount for loonkostensubsidie, the statutory amount per month for the established loonwaarde
     */
    List<FieldProblem> departures(SubsidyRequest request, boolean granted, @Nullable BigDecimal monthlyAmount,
                                  @Nullable BigDecimal statutoryAmount, LocalDate today) {
        if (!granted) {
            return List.of();
        }
        String municipality = request.tenantId();
        Optional<PublishedInstrument> instrument = catalogue.published(municipality, request.instrumentCode());
        if (instrument.isEmpty()) {
            return List.of(FieldProblem.of("instrument", "subsidy.maatwerk.not-in-catalogue", request.instrumentName()));
        }
        List<FieldProblem> departures = new ArrayList<>();
        PersonFacts facts = facts(today, request.employeeBirthDate(), request.contractStart(), request.contractEnd(),
                request.hoursPerWeek());
        applicability.forResident(municipality, facts).stream()
                .filter(result -> result.code().equals(request.instrumentCode()))
                .filter(result -> result.outcome() == Applicability.Outcome.DOES_NOT_APPLY)
                .flatMap(result -> result.reasons().stream())
                .forEach(reason -> departures.add(new FieldProblem("conditions", reason.key(), reason.arguments())));
        duration(instrument.get().maxDuration(), contractMonths(request.contractStart(), request.contractEnd()))
                .ifPresent(departures::add);
        if (monthlyAmount != null) {
            amount(instrument.get().amount(), monthlyAmount, statutoryAmount).ifPresent(departures::add);
        }
        return departures;
    }

    private static Optional<FieldProblem> duration(@Nullable MaxDuration rule, @Nullable Integer months) {
        if (rule == null || months == null) {
            return Optional.empty();
        }
        Integer maximum = rule.months() != null ? rule.months()
                : rule.weeks() != null ? Math.max(1, rule.weeks() * 12 / 52) : null;
        return maximum != null && months > maximum
                ? Optional.of(FieldProblem.of("duration", "subsidy.maatwerk.duration-above-rule", months, maximum))
                : Optional.empty();
    }

    private static Optional<FieldProblem> amount(@Nullable AmountRule rule, BigDecimal granted,
                                                 @Nullable BigDecimal statutory) {
        BigDecimal maximum = statutory != null ? statutory : monthlyMaximum(rule);
        if (maximum == null) {
            return Optional.of(FieldProblem.of("monthlyAmount", "subsidy.maatwerk.amount-without-rule", granted));
        }
        return granted.compareTo(maximum) > 0
                ? Optional.of(FieldProblem.of("monthlyAmount", "subsidy.maatwerk.amount-above-rule", granted, maximum))
                : Optional.empty();
    }

    /** The highest monthly figure of the rule; null when the rule (or the reader) has none. */
    private static @Nullable BigDecimal monthlyMaximum(@Nullable AmountRule rule) {
        if (rule == null || rule.kind() != AmountKind.PER_MAAND) {
            return null;
        }
        if (rule.euro() != null) {
            return rule.euro();
        }
        if (rule.maximumEuro() != null) {
            return rule.maximumEuro();
        }
        return rule.tiers().stream().map(HoursTier::euro).filter(java.util.Objects::nonNull)
                .max(BigDecimal::compareTo).orElse(null);
    }
}
