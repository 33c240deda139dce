package nl.werkbrug.catalogue.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.werkbrug.catalogue.AmountKind;
import nl.werkbrug.catalogue.AmountRule;
import nl.werkbrug.catalogue.Applicant;
import nl.werkbrug.catalogue.BenefitType;
import nl.werkbrug.catalogue.ChainStage;
import nl.werkbrug.catalogue.Conditions;
import nl.werkbrug.catalogue.EmployerNeed;
import nl.werkbrug.catalogue.FundingLine;
import nl.werkbrug.catalogue.Goal;
import nl.werkbrug.catalogue.HoursTier;
import nl.werkbrug.catalogue.InstrumentContent;
import nl.werkbrug.catalogue.InstrumentOverride;
import nl.werkbrug.catalogue.LocalField;
import nl.werkbrug.catalogue.MaxDuration;
import nl.werkbrug.catalogue.Source;
import nl.werkbrug.catalogue.SourceRef;
import nl.werkbrug.catalogue.TargetGroup;
import org.jspecify.annotations.Nullable;

/**
 * What the edit screen binds to: one mutable bean with every field of an instrument, read from and turned back into
 * {@link InstrumentContent} (or, for a regional instrument, the municipality's {@link InstrumentOverride}).
 */
final class InstrumentForm {

    String code = "";
    String name = "";
    String shortDescription = "";
    String description = "";
    @Nullable Source source = Source.LOKAAL;
    Set<Goal> goals = new LinkedHashSet<>();
    Set<TargetGroup> targetGroups = new LinkedHashSet<>();
    String targetGroupText = "";
    @Nullable ChainStage chainStage;
    Set<Applicant> appliesBy = new LinkedHashSet<>();
    String decidedBy = "";
    String provider = "";
    @Nullable FundingLine funding = FundingLine.NIET_VERMELD;
    @Nullable EmployerNeed employerNeed;
    @Nullable AmountKind amountKind = AmountKind.NIET_VERMELD;
    @Nullable BigDecimal euro;
    @Nullable BigDecimal minimumEuro;
    @Nullable BigDecimal maximumEuro;
    @Nullable BigDecimal percentageWml;
    String amountNote = "";
    List<HoursTier> tiers = new ArrayList<>();
    boolean hideAmountsFromEmployers;
    @Nullable Integer durationMonths;
    @Nullable Integer durationWeeks;
    String durationNote = "";
    String capacity = "";
    @Nullable Integer minAge;
    @Nullable Integer maxAge;
    Set<BenefitType> benefitTypes = new LinkedHashSet<>();
    boolean doelgroepregisterRequired;
    boolean beschutWerkIndicationRequired;
    @Nullable Integer minContractMonths;
    @Nullable Integer minHoursPerWeek;
    boolean fullOutflowRequired;
    String conditionsText = "";
    String requestDeadline = "";
    String decisionTerm = "";
    String requiredDocuments = "";
    @Nullable LocalDate validFrom;
    @Nullable LocalDate validTo;
    List<SourceRef> sources = new ArrayList<>();
    @Nullable LocalDate changeFrom;
    String changeNote = "";
    /** What the form was filled from: the fields it does not edit (where applied for, flat-rate start, tariff) stay. */
    @Nullable InstrumentContent original;

    static InstrumentForm of(String code, InstrumentContent content) {
        InstrumentForm form = new InstrumentForm();
        form.code = code;
        form.name = content.name();
        form.shortDescription = content.shortDescription();
        form.description = content.description();
        form.source = content.source();
        form.goals = new LinkedHashSet<>(content.goals());
        form.targetGroups = new LinkedHashSet<>(content.targetGroups());
        form.targetGroupText = text(content.targetGroupText());
        form.chainStage = content.chainStage();
        form.appliesBy = new LinkedHashSet<>(content.appliesBy());
        form.decidedBy = text(content.decidedBy());
        form.provider = text(content.provider());
        form.funding = content.funding();
        form.employerNeed = content.employerNeed();
        AmountRule amount = content.amount();
        form.amountKind = amount.kind();
        form.euro = amount.euro();
        form.minimumEuro = amount.minimumEuro();
        form.maximumEuro = amount.maximumEuro();
        form.percentageWml = amount.percentageWml();
        form.amountNote = text(amount.note());
        form.tiers = new ArrayList<>(amount.tiers());
        form.hideAmountsFromEmployers = content.hideAmountsFromEmployers();
        if (content.maxDuration() != null) {
            form.durationMonths = content.maxDuration().months();
            form.durationWeeks = content.maxDuration().weeks();
            form.durationNote = text(content.maxDuration().note());
        }
        form.capacity = text(content.capacity());
        Conditions conditions = content.conditions();
        form.minAge = conditions.minAge();
        form.maxAge = conditions.maxAge();
        form.benefitTypes = new LinkedHashSet<>(conditions.benefitTypes());
        form.doelgroepregisterRequired = conditions.doelgroepregisterRequired();
        form.beschutWerkIndicationRequired = conditions.beschutWerkIndicationRequired();
        form.minContractMonths = conditions.minContractMonths();
        form.minHoursPerWeek = conditions.minHoursPerWeek();
        form.fullOutflowRequired = conditions.fullOutflowRequired();
        form.conditionsText = text(conditions.text());
        form.requestDeadline = text(content.requestDeadline());
        form.decisionTerm = text(content.decisionTerm());
        form.requiredDocuments = String.join("\n", content.requiredDocuments());
        form.validFrom = content.validFrom();
        form.validTo = content.validTo();
        form.sources = new ArrayList<>(content.sources());
        form.original = content;
        return form;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The amount as typed: figures that do not fit the kind are the rule's to refuse, not the form's to drop. */
    AmountRule amount() {
        boolean withFigures = amountKind == AmountKind.EENMALIG || amountKind == AmountKind.PER_MAAND
                || amountKind == AmountKind.PER_JAAR;
        return new AmountRule(amountKind, euro, minimumEuro, maximumEuro, percentageWml, withFigures ? tiers : List.of(),
                orNull(amountNote));
    }

    @Nullable MaxDuration maxDuration() {
        return durationMonths == null && durationWeeks == null && orNull(durationNote) == null ? null
                : new MaxDuration(durationMonths, durationWeeks, orNull(durationNote));
    }

    Conditions conditions() {
        return new Conditions(minAge, maxAge, new ArrayList<>(benefitTypes), doelgroepregisterRequired,
                beschutWerkIndicationRequired, minContractMonths, minHoursPerWeek, fullOutflowRequired, orNull(conditionsText));
    }

    List<String> documents() {
        return Arrays.stream(requiredDocuments.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    InstrumentContent content() {
        InstrumentContent typed = new InstrumentContent(name.strip(), shortDescription.strip(), description.strip(), source,
                new ArrayList<>(goals), new ArrayList<>(targetGroups), orNull(targetGroupText), chainStage,
                new ArrayList<>(appliesBy), orNull(decidedBy), orNull(provider), funding, employerNeed, amount(),
                maxDuration(), orNull(capacity), conditions(), orNull(requestDeadline), orNull(decisionTerm), documents(),
                validFrom, validTo, hideAmountsFromEmployers, sources);
        return original == null ? typed : typed.withApplicationFieldsOf(original);
    }

    /**
     * The municipality's own values for a regional instrument: every allowed field whose value differs from the
     * region's. A field set back to the region's value is no longer set locally.
     */
    InstrumentOverride override(InstrumentContent regional, Set<LocalField> allowed, LocalDate from) {
        InstrumentContent mine = content();
        return new InstrumentOverride(
                pick(allowed, LocalField.AMOUNT, mine.amount(), regional.amount()),
                pick(allowed, LocalField.MAX_DURATION, mine.maxDuration(), regional.maxDuration()),
                pick(allowed, LocalField.CONDITIONS, mine.conditions(), regional.conditions()),
                pick(allowed, LocalField.REQUEST_DEADLINE, mine.requestDeadline(), regional.requestDeadline()),
                pick(allowed, LocalField.DECISION_TERM, mine.decisionTerm(), regional.decisionTerm()),
                pick(allowed, LocalField.REQUIRED_DOCUMENTS, mine.requiredDocuments(), regional.requiredDocuments()),
                pick(allowed, LocalField.PROVIDER, mine.provider(), regional.provider()),
                pick(allowed, LocalField.DECIDED_BY, mine.decidedBy(), regional.decidedBy()),
                pick(allowed, LocalField.CAPACITY, mine.capacity(), regional.capacity()),
                pick(allowed, LocalField.FUNDING, mine.funding(), regional.funding()),
                pick(allowed, LocalField.HIDE_AMOUNTS, mine.hideAmountsFromEmployers(), regional.hideAmountsFromEmployers()),
                from, List.of(),
                pick(allowed, LocalField.FLAT_RATE_START, mine.flatRateStart(), regional.flatRateStart()));
    }

    private static <T> @Nullable T pick(Set<LocalField> allowed, LocalField field, @Nullable T mine, @Nullable T regional) {
        return allowed.contains(field) && mine != null && !Objects.equals(mine, regional) ? mine : null;
    }
}
