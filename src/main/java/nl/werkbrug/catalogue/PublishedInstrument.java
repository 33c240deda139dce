package nl.werkbrug.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An instrument as the public sees it (employer pages, the read API). Where the municipality hides amounts from
 * employers, {@code amount} is empty and {@code amountHidden} is set: the amount never leaves the server.
 *
 * @param municipality  the municipality whose catalogue this is; none for the region's own values
 * @param regional      part of the region's instrumentenkoffer
 * @param amount        the amount rule; empty when hidden
 * @param amountHidden  the municipality does not show employers the amounts
 * @param setLocally    fields of a regional instrument the municipality set itself
 * @param version       the catalogue version shown
 * @param versionStart  first day of that version
 * @param sources       bibliographic references (the region's list of sources), never file names
 * @param applyElsewhere where an instrument the municipality does not grant is applied for; none: at the municipality
 * @param flatRateStart  loonkostensubsidie: the municipality's flat-rate start, where its policy allows one
 */
public record PublishedInstrument(String code, @Nullable String municipality, boolean regional, String name,
                                  String shortDescription, String description, Source source, List<Goal> goals,
                                  List<TargetGroup> targetGroups, @Nullable String targetGroupText,
                                  @Nullable ChainStage chainStage, List<Applicant> appliesBy, @Nullable String decidedBy,
                                  @Nullable String provider, FundingLine funding, @Nullable EmployerNeed employerNeed,
                                  @Nullable AmountRule amount, boolean amountHidden, @Nullable MaxDuration maxDuration,
                                  @Nullable String capacity, Conditions conditions, @Nullable String requestDeadline,
                                  @Nullable String decisionTerm, List<String> requiredDocuments, LocalDate validFrom,
                                  @Nullable LocalDate validTo, Set<LocalField> setLocally, VersionRef version,
                                  LocalDate versionStart, List<PublishedSource> sources,
                                  @Nullable ApplyElsewhere applyElsewhere, @Nullable FlatRateStart flatRateStart) {

    static PublishedInstrument of(CatalogueEntry entry, Bibliography bibliography) {
        InstrumentContent content = entry.content();
        boolean hidden = entry.amountsHidden();
        // Quotes from the sources may mention amounts; where amounts are hidden only the references are given.
        List<PublishedSource> sources = content.sources().stream()
                .map(source -> bibliography.publish(source, !hidden)).toList();
        return new PublishedInstrument(entry.code(), entry.tenantId(), entry.regional(), content.name(),
                content.shortDescription(), content.description(), content.source(), content.goals(),
                content.targetGroups(), content.targetGroupText(), content.chainStage(), content.appliesBy(),
                content.decidedBy(), content.provider(), content.funding(), content.employerNeed(),
                hidden ? null : content.amount(), hidden, content.maxDuration(), content.capacity(), content.conditions(),
                content.requestDeadline(), content.decisionTerm(), content.requiredDocuments(), content.validFrom(),
                content.validTo(), entry.setLocally(), entry.version(), entry.versionStart(), sources,
                content.applyElsewhere(), content.flatRateStart());
    }
}
