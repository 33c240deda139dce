package nl.werkbrug.dashboards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A municipality's figures as its own documents give them ({@code tenants/<region>/historie/<municipality>.yaml}):
 * series of values with their unit, period and the definition in the source's words, the ambitions the documents
 * set, and the places where the documents disagree with themselves. Nothing here is computed or filled in.
 *
 * @param municipality    the municipality's id (the file's name)
 * @param series          the historical series
 * @param ambitions       the ambitions the documents set, with their own verdict where they give one
 * @param inconsistencies where the documents contradict themselves: both figures are kept, each with its source
 */
public record HistoricalFigures(@NotBlank String municipality, @NotNull @Valid List<Series> series,
                                @NotNull @Valid List<Ambition> ambitions,
                                @NotNull @Valid List<Inconsistency> inconsistencies) {

    private static final String KEY = "[a-z0-9][a-z0-9-]*";

    public HistoricalFigures {
        series = List.copyOf(series);
        ambitions = List.copyOf(ambitions);
        inconsistencies = List.copyOf(inconsistencies);
    }

    public Optional<Series> find(String seriesId) {
        return series.stream().filter(candidate -> candidate.id().equals(seriesId)).findFirst();
    }

    /** The series that follow the definition of a live KPI, and so share its time axis. */
    public List<Series> matching(String kpiId) {
        return series.stream().filter(candidate -> candidate.kpi() != null && candidate.kpi().id().equals(kpiId)
                && candidate.kpi().matches()).toList();
    }

    /** The series that measure what a live KPI measures, under another definition: shown apart, with why. */
    public List<Series> differing(String kpiId) {
        return series.stream().filter(candidate -> candidate.kpi() != null && candidate.kpi().id().equals(kpiId)
                && !candidate.kpi().matches()).toList();
    }

    /** Where a figure comes from: a key of the region's {@code bronnen.yaml} and the place in that document. */
    public record Citation(@NotBlank String ref, @NotBlank String at) {
    }

    /**
     * How a series relates to a live KPI: the same definition ({@code matches}, so history and live share one time
     * axis) or another one; {@code why} says what matches or what differs.
     */
    public record KpiLink(@NotBlank @Pattern(regexp = KEY) String id, @NotNull Boolean matches, @NotBlank String why) {
    }

    /**
     * One figure: its period (2016, 2017-06, 2019-01..2019-09), value, the day it was measured on where the source
     * gives one, and a note (e.g. "t/m juli").
     */
    public record Value(@NotBlank String period, @NotNull BigDecimal value, @Nullable LocalDate asOf,
                        @Nullable String note) {

        public HistoricalPeriod months() {
            return HistoricalPeriod.parse(period);
        }
    }

    /**
     * A series: what is counted, in which unit, defined as the source words it.
     *
     * @param kpi how it relates to a live KPI, or none
     */
    public record Series(@NotBlank @Pattern(regexp = KEY) String id, @NotBlank String name, @NotBlank String unit,
                         @NotBlank String definition, @NotNull @Valid Citation source, @Nullable @Valid KpiLink kpi,
                         @NotEmpty @Valid List<Value> values) {

        public Series {
            values = List.copyOf(values);
        }
    }

    /** Whether the goal is a floor (at least) or a ceiling (at most). */
    public enum Comparison { AT_LEAST, AT_MOST }

    /**
     * An ambition as the source sets it.
     *
     * @param text          the ambition in the source's words
     * @param target        the number, or none where the source gives none (a benchmark, a direction)
     * @param cumulative    whether the realisation adds up over the period (a number of placements: reaching the
     *                      target early is reaching it), or is a rate or a stock (only the whole period counts)
     * @param period        the months the ambition is for, or none where the source gives none
     * @param realisation   the series holding its realisation, or none where the sources give none
     * @param sourceVerdict the source's own verdict in its words, or none
     * @param note          what the data adds to the source's words (how a period was read), or none
     */
    public record Ambition(@NotBlank @Pattern(regexp = KEY) String id, @NotBlank String text,
                           @Nullable BigDecimal target, @NotBlank String unit, @NotNull Comparison comparison,
                           @NotNull Boolean cumulative, @Nullable String period, @NotNull @Valid Citation source,
                           @Nullable String realisation, @Nullable String sourceVerdict, @Nullable String note) {

        public @Nullable HistoricalPeriod months() {
            return period == null ? null : HistoricalPeriod.parse(period);
        }
    }

    /** Two or more figures of the sources that do not agree; all are kept, each with its own source. */
    public record Inconsistency(@NotEmpty List<@Pattern(regexp = KEY) String> series, @NotBlank String text) {
    }
}
