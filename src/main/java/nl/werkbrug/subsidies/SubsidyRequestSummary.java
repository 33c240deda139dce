package nl.werkbrug.subsidies;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A line in a list of requests (the employer's overview or the municipality's queue).
 *
 * @param deadline   last day of the decision term; none before submission or while the term stands still
 * @param overdue    the deadline has passed and no decision was taken
 * @param suspended  the term stands still because information was asked
 * @param decidedOn  the day of the decision, if decided
 * @param reference  the request's reference ({@link SubsidyReference}); none while it is a draft
 */
public record SubsidyRequestSummary(long id, String municipality, String municipalityName, String employerName,
                                    String instrumentCode, String instrumentName, SubsidyStatus status,
                                    @Nullable String employeeName, @Nullable LocalDate submittedOn,
                                    @Nullable LocalDate deadline, boolean overdue, boolean suspended,
                                    @Nullable String reference, @Nullable LocalDate decidedOn) {
}
