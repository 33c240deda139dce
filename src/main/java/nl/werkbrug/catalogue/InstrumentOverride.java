package nl.werkbrug.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.werkbrug.shared.BeanRules;
import nl.werkbrug.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The values a municipality sets for a regional instrument, for the fields the region allows ({@link LocalField}).
 * A field left empty keeps the regional value.
 *
 * @param validFrom first day these local values apply
 * @param sources   where the local values come from
 * @param flatRateStart loonkostensubsidie: the municipality's flat-rate start, where its policy allows one
 */
public record InstrumentOverride(@Nullable @Valid AmountRule amount,
                                 @Nullable @Valid MaxDuration maxDuration,
                                 @Nullable @Valid Conditions conditions,
                                 @Nullable @Size(max = 500) String requestDeadline,
                                 @Nullable @Size(max = 500) String decisionTerm,
                                 @Nullable List<@NotBlank @Size(max = 300) String> requiredDocuments,
                                 @Nullable @Size(max = 300) String provider,
                                 @Nullable @Size(max = 300) String decidedBy,
                                 @Nullable @Size(max = 500) String capacity,
                                 @Nullable FundingLine funding,
                                 @Nullable Boolean hideAmountsFromEmployers,
                                 @NotNull LocalDate validFrom,
                                 List<@NotNull @Valid SourceRef> sources,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable @Valid FlatRateStart flatRateStart) {

    /** Values without a flat-rate start. */
    public InstrumentOverride(@Nullable AmountRule amount, @Nullable MaxDuration maxDuration,
                              @Nullable Conditions conditions, @Nullable String requestDeadline,
                              @Nullable String decisionTerm, @Nullable List<String> requiredDocuments,
                              @Nullable String provider, @Nullable String decidedBy, @Nullable String capacity,
                              @Nullable FundingLine funding, @Nullable Boolean hideAmountsFromEmployers,
                              LocalDate validFrom, List<SourceRef> sources) {
        this(amount, maxDuration, conditions, requestDeadline, decisionTerm, requiredDocuments, provider, decidedBy,
                capacity, funding, hideAmountsFromEmployers, validFrom, sources, null);
    }

    public InstrumentOverride {
        requiredDocuments = requiredDocuments == null ? null : Collections.unmodifiableList(new ArrayList<>(requiredDocuments));
        sources = sources == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(sources));
    }

    /** The fields this override sets. */
    public Set<LocalField> fieldsSet() {
        Set<LocalField> set = EnumSet.noneOf(LocalField.class);
        if (amount != null) set.add(LocalField.AMOUNT);
        if (maxDuration != null) set.add(LocalField.MAX_DURATION);
        if (conditions != null) set.add(LocalField.CONDITIONS);
        if (requestDeadline != null) set.add(LocalField.REQUEST_DEADLINE);
        if (decisionTerm != null) set.add(LocalField.DECISION_TERM);
        if (requiredDocuments != null) set.add(LocalField.REQUIRED_DOCUMENTS);
        if (provider != null) set.add(LocalField.PROVIDER);
        if (decidedBy != null) set.add(LocalField.DECIDED_BY);
        if (capacity != null) set.add(LocalField.CAPACITY);
        if (funding != null) set.add(LocalField.FUNDING);
        if (hideAmountsFromEmployers != null) set.add(LocalField.HIDE_AMOUNTS);
        if (flatRateStart != null) set.add(LocalField.FLAT_RATE_START);
        return set;
    }

    /** Every rule these values break: their Bean Validation constraints and the rules across fields. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>(BeanRules.problems(this));
        problems.addAll(InstrumentContent.partProblems(amount, maxDuration, conditions));
        return problems;
    }
}
