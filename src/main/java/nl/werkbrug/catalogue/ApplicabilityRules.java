package nl.werkbrug.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The checkable conditions of an instrument judged against a person's facts. Pure: the catalogue entry and the facts
 * are all it needs. Conditions in words are passed on for the consultant to check.
 */
public final class ApplicabilityRules {

    private ApplicabilityRules() {
    }

    public static Applicability evaluate(CatalogueEntry entry, PersonFacts facts) {
        InstrumentContent content = entry.content();
        Conditions conditions = content.conditions();
        LocalDate day = facts.referenceDate();
        List<Reason> failing = new ArrayList<>();
        List<Reason> unknown = new ArrayList<>();

        if (content.validFrom().isAfter(day)) {
            failing.add(Reason.of("not-started", content.validFrom()));
        }
        if (content.validTo() != null && content.validTo().isBefore(day)) {
            failing.add(Reason.of("ended", content.validTo()));
        }

        if (conditions.minAge() != null || conditions.maxAge() != null) {
            if (facts.age() == null) {
                unknown.add(Reason.of("age-unknown"));
            } else if (conditions.minAge() != null && facts.age() < conditions.minAge()) {
                failing.add(Reason.of("too-young", facts.age(), conditions.minAge()));
            } else if (conditions.maxAge() != null && facts.age() > conditions.maxAge()) {
                failing.add(Reason.of("too-old", facts.age(), conditions.maxAge()));
            }
        }

        if (!conditions.benefitTypes().isEmpty()) {
            if (facts.benefit() == null) {
                unknown.add(Reason.of("benefit-unknown"));
            } else if (!conditions.benefitTypes().contains(facts.benefit())) {
                failing.add(Reason.of("wrong-benefit", facts.benefit(), conditions.benefitTypes()));
            }
        }

        if (conditions.doelgroepregisterRequired()) {
            Doelgroepregister register = facts.doelgroepregister();
            if (register == null) {
                unknown.add(Reason.of("doelgroepregister-unknown"));
            } else if (!register.registered()) {
                failing.add(Reason.of("doelgroepregister-missing"));
            } else if (register.registeredFrom() != null && register.registeredFrom().isAfter(day)) {
                failing.add(Reason.of("doelgroepregister-not-yet", register.registeredFrom()));
            } else if (register.registeredUntil() != null && register.registeredUntil().isBefore(day)) {
                failing.add(Reason.of("doelgroepregister-ended", register.registeredUntil()));
            }
        }

        if (conditions.beschutWerkIndicationRequired()) {
            if (facts.beschutWerkIndication() == null) {
                unknown.add(Reason.of("beschut-werk-unknown"));
            } else if (!facts.beschutWerkIndication()) {
                failing.add(Reason.of("beschut-werk-missing"));
            }
        }

        if (conditions.minContractMonths() != null) {
            if (facts.contractMonths() == null) {
                unknown.add(Reason.of("contract-unknown"));
            } else if (facts.contractMonths() < conditions.minContractMonths()) {
                failing.add(Reason.of("contract-too-short", facts.contractMonths(), conditions.minContractMonths()));
            }
        }

        if (conditions.minHoursPerWeek() != null) {
            if (facts.contractHoursPerWeek() == null) {
                unknown.add(Reason.of("hours-unknown"));
            } else if (facts.contractHoursPerWeek() < conditions.minHoursPerWeek()) {
                failing.add(Reason.of("hours-too-few", facts.contractHoursPerWeek(), conditions.minHoursPerWeek()));
            }
        }

        if (conditions.fullOutflowRequired()) {
            if (facts.fullOutflow() == null) {
                unknown.add(Reason.of("outflow-unknown"));
            } else if (!facts.fullOutflow()) {
                failing.add(Reason.of("no-full-outflow"));
            }
        }

        MaxDuration max = content.maxDuration();
        if (max != null && facts.requestedDurationMonths() != null) {
            int months = facts.requestedDurationMonths();
            if (max.months() != null && months > max.months()) {
                failing.add(Reason.of("duration-too-long", months, max.months()));
            } else if (max.weeks() != null && months * 52 > max.weeks() * 12) {
                failing.add(Reason.of("duration-too-long-weeks", months, max.weeks()));
            }
        }

        Applicability.Outcome outcome = !failing.isEmpty() ? Applicability.Outcome.DOES_NOT_APPLY
                : !unknown.isEmpty() ? Applicability.Outcome.UNKNOWN : Applicability.Outcome.APPLIES;
        List<Reason> reasons = new ArrayList<>(failing);
        reasons.addAll(unknown);
        return new Applicability(entry.code(), content.name(), entry.version(), outcome, reasons,
                conditions.text() == null || conditions.text().isBlank() ? null : conditions.text(),
                content.applyElsewhere());
    }
}
