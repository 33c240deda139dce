package nl.werkbrug.catalogue;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Filters for a tenant admin's list of instruments; an empty filter matches everything.
 *
 * @param activeOn only instruments offered on this day
 * @param text     Dutch full-text search in name and descriptions; every word also matches as a prefix
 */
public record CatalogueFilter(@Nullable Goal goal, @Nullable TargetGroup targetGroup, @Nullable ChainStage chainStage,
                              @Nullable Applicant applicant, @Nullable Source source, @Nullable LocalDate activeOn,
                              @Nullable String text) {

    public static final CatalogueFilter ALL = new CatalogueFilter(null, null, null, null, null, null, null);

    public CatalogueFilter withText(@Nullable String value) {
        return new CatalogueFilter(goal, targetGroup, chainStage, applicant, source, activeOn, value);
    }

    public CatalogueFilter withActiveOn(@Nullable LocalDate value) {
        return new CatalogueFilter(goal, targetGroup, chainStage, applicant, source, value, text);
    }

    boolean matches(CatalogueEntry entry) {
        InstrumentContent content = entry.content();
        return (goal == null || content.goals().contains(goal))
                && (targetGroup == null || content.targetGroups().contains(targetGroup))
                && (chainStage == null || content.chainStage() == chainStage)
                && (applicant == null || content.appliesBy().contains(applicant))
                && (source == null || content.source() == source)
                && (activeOn == null || entry.isCurrent(activeOn));
    }
}
