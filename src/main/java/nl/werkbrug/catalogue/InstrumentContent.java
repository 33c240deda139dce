package nl.werkbrug.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import nl.werkbrug.shared.BeanRules;
import nl.werkbrug.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * Everything one version of a catalogue entry says about an instrument. The same shape is read from the YAML files,
 * edited by tenant admins and stored (as JSON) in every version row. A field left empty means the sources do not
 * state it; the portal then says "niet vermeld in bron".
 *
 * @param name                     Dutch name ("Proefplaatsing")
 * @param shortDescription         one or two sentences for lists
 * @param description              the full description
 * @param source                   statutory, regional, local, UWV or tax
 * @param goals                    what it is for (may be empty: not stated)
 * @param targetGroups             who it is for
 * @param targetGroupText          the target group in the source's words
 * @param chainStage               stage of the instrument chain, where known
 * @param appliesBy                who files the request
 * @param decidedBy                who decides
 * @param provider                 who carries it out
 * @param funding                  budget it is paid from
 * @param employerNeed             group on the public employer page; none: not aimed at employers
 * @param amount                   what it pays
 * @param maxDuration              how long at most; none: not stated
 * @param capacity                 places or participants, as the source states
 * @param conditions               conditions, checkable and in words
 * @param requestDeadline          when the request must be filed
 * @param decisionTerm             within what time a decision follows
 * @param requiredDocuments        documents to send with a request
 * @param validFrom                first day the instrument is offered in this form
 * @param validTo                  last day it is offered; none: open-ended
 * @param hideAmountsFromEmployers the amounts are not shown to employers (besides the municipality-wide setting)
 * @param sources                  where the facts come from
 * @param applyElsewhere           applied for at another organisation (UWV, Belastingdienst), never in the municipal
 *                                 request form; none: applied for at the municipality (issue 12)
 * @param flatRateStart            loonkostensubsidie: the municipality's flat-rate start, where its policy allows one
 * @param hourlyTariff             jobcoaching: the tariff per hour, where a source gives it; none: entered per request
 */
public record InstrumentContent(@NotBlank @Size(max = 120) String name,
                                @NotBlank @Size(max = 400) String shortDescription,
                                @NotBlank @Size(max = 5000) String description,
                                @NotNull Source source,
                                List<@NotNull Goal> goals,
                                @NotEmpty List<@NotNull TargetGroup> targetGroups,
                                @Nullable @Size(max = 500) String targetGroupText,
                                @Nullable ChainStage chainStage,
                                @NotEmpty List<@NotNull Applicant> appliesBy,
                                @Nullable @Size(max = 300) String decidedBy,
                                @Nullable @Size(max = 300) String provider,
                                @NotNull FundingLine funding,
                                @Nullable EmployerNeed employerNeed,
                                @NotNull @Valid AmountRule amount,
                                @Nullable @Valid MaxDuration maxDuration,
                                @Nullable @Size(max = 500) String capacity,
                                @NotNull @Valid Conditions conditions,
                                @Nullable @Size(max = 500) String requestDeadline,
                                @Nullable @Size(max = 500) String decisionTerm,
                                List<@NotBlank @Size(max = 300) String> requiredDocuments,
                                @NotNull LocalDate validFrom,
                                @Nullable LocalDate validTo,
                                boolean hideAmountsFromEmployers,
                                List<@NotNull @Valid SourceRef> sources,
                                @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable @Valid ApplyElsewhere applyElsewhere,
                                @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable @Valid FlatRateStart flatRateStart,
                                @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable @Positive BigDecimal hourlyTariff) {

    /** Content without the fields of issue 12 (applied for elsewhere, flat-rate start, tariff): none of them set. */
    public InstrumentContent(String name, String shortDescription, String description, Source source, List<Goal> goals,
                             List<TargetGroup> targetGroups, @Nullable String targetGroupText,
                             @Nullable ChainStage chainStage, List<Applicant> appliesBy, @Nullable String decidedBy,
                             @Nullable String provider, FundingLine funding, @Nullable EmployerNeed employerNeed,
                             AmountRule amount, @Nullable MaxDuration maxDuration, @Nullable String capacity,
                             Conditions conditions, @Nullable String requestDeadline, @Nullable String decisionTerm,
                             List<String> requiredDocuments, LocalDate validFrom, @Nullable LocalDate validTo,
                             boolean hideAmountsFromEmployers, List<SourceRef> sources) {
        this(name, shortDescription, description, source, goals, targetGroups, targetGroupText, chainStage, appliesBy,
                decidedBy, provider, funding, employerNeed, amount, maxDuration, capacity, conditions, requestDeadline,
                decisionTerm, requiredDocuments, validFrom, validTo, hideAmountsFromEmployers, sources, null, null, null);
    }

    public InstrumentContent {
        goals = list(goals);
        targetGroups = list(targetGroups);
        appliesBy = list(appliesBy);
        requiredDocuments = list(requiredDocuments);
        sources = list(sources);
        if (conditions == null) {
            conditions = Conditions.NONE;
        }
    }

    private static <T> List<T> list(@Nullable List<T> values) {
        return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** Whether the instrument is offered on this day. */
    public boolean isValidOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    /** Every rule this content breaks: its Bean Validation constraints and the rules across fields. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>(BeanRules.problems(this));
        problems.addAll(partProblems(amount, maxDuration, conditions));
        for (var text : java.util.Map.of("name", String.valueOf(name), "shortDescription", String.valueOf(shortDescription),
                "description", String.valueOf(description)).entrySet()) {
            if (text.getValue().contains("€")) {
                problems.add(FieldProblem.of(text.getKey(), "catalogue.admin.error.amount-in-text"));
            }
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            problems.add(FieldProblem.of("validTo", "catalogue.admin.error.end-before-start"));
        }
        return problems;
    }

    /** The rules across fields of the parts a municipality may also set for itself ({@link InstrumentOverride}). */
    static List<FieldProblem> partProblems(@Nullable AmountRule amount, @Nullable MaxDuration maxDuration,
                                           @Nullable Conditions conditions) {
        List<FieldProblem> problems = new ArrayList<>();
        if (amount != null) {
            problems.addAll(amount.problems("amount"));
        }
        if (maxDuration != null) {
            problems.addAll(maxDuration.problems("maxDuration"));
        }
        if (conditions != null) {
            problems.addAll(conditions.problems("conditions"));
        }
        return problems;
    }

    public InstrumentContent withValidTo(@Nullable LocalDate day) {
        return new InstrumentContent(name, shortDescription, description, source, goals, targetGroups, targetGroupText,
                chainStage, appliesBy, decidedBy, provider, funding, employerNeed, amount, maxDuration, capacity,
                conditions, requestDeadline, decisionTerm, requiredDocuments, validFrom, day, hideAmountsFromEmployers,
                sources, applyElsewhere, flatRateStart, hourlyTariff);
    }

    /** This content with amounts hidden from employers by a decision about the region's koffer, and its source. */
    public InstrumentContent withAmountsHiddenBy(List<SourceRef> decision) {
        return new InstrumentContent(name, shortDescription, description, source, goals, targetGroups, targetGroupText,
                chainStage, appliesBy, decidedBy, provider, funding, employerNeed, amount, maxDuration, capacity,
                conditions, requestDeadline, decisionTerm, requiredDocuments, validFrom, validTo, true,
                concat(sources, decision), applyElsewhere, flatRateStart, hourlyTariff);
    }

    /** This regional content with the values a municipality set for itself. */
    public InstrumentContent with(InstrumentOverride local) {
        return new InstrumentContent(name, shortDescription, description, source, goals, targetGroups, targetGroupText,
                chainStage, appliesBy,
                local.decidedBy() != null ? local.decidedBy() : decidedBy,
                local.provider() != null ? local.provider() : provider,
                local.funding() != null ? local.funding() : funding,
                employerNeed,
                local.amount() != null ? local.amount() : amount,
                local.maxDuration() != null ? local.maxDuration() : maxDuration,
                local.capacity() != null ? local.capacity() : capacity,
                local.conditions() != null ? local.conditions() : conditions,
                local.requestDeadline() != null ? local.requestDeadline() : requestDeadline,
                local.decisionTerm() != null ? local.decisionTerm() : decisionTerm,
                local.requiredDocuments() != null ? local.requiredDocuments() : requiredDocuments,
                validFrom, validTo,
                local.hideAmountsFromEmployers() != null ? local.hideAmountsFromEmployers() : hideAmountsFromEmployers,
                concat(sources, local.sources()), applyElsewhere,
                local.flatRateStart() != null ? local.flatRateStart() : flatRateStart, hourlyTariff);
    }

    /** This content with the fields on where it is applied for, its flat-rate start and tariff taken from {@code other} (a form that does not edit them keeps them). */
    public InstrumentContent withApplicationFieldsOf(InstrumentContent other) {
        return new InstrumentContent(name, shortDescription, description, source, goals, targetGroups, targetGroupText,
                chainStage, appliesBy, decidedBy, provider, funding, employerNeed, amount, maxDuration, capacity,
                conditions, requestDeadline, decisionTerm, requiredDocuments, validFrom, validTo, hideAmountsFromEmployers,
                sources, other.applyElsewhere(), other.flatRateStart(), other.hourlyTariff());
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        second.stream().filter(value -> !all.contains(value)).forEach(all::add);
        return all;
    }
}
