package nl.werkbrug.subsidies;

import java.math.BigDecimal;
import java.time.LocalDate;

import nl.werkbrug.shared.Beslistermijn;
import org.jspecify.annotations.Nullable;

/**
 * Where a request stands under the Awb's terms, as its readers see it today.
 *
 * @param extension         the one extension of the decision term (4:14), if given
 * @param noticeReceived    the day the employer's notice of default was received (4:17), if given
 * @param penaltyFrom       the first day the penalty is owed (two weeks after the notice)
 * @param penalty           the penalty accrued up to today (or up to the decision)
 * @param noticePossible    the decision term has passed and no notice was given: the employer may give one
 * @param setAsidePossible  a question's answer term passed unanswered: the consultant may decide "buiten behandeling"
 * @param extensionPossible the term runs, has not passed and was never extended: the consultant may extend it once
 */
public record AwbTerms(Beslistermijn.@Nullable Extension extension, @Nullable LocalDate noticeReceived,
                       @Nullable LocalDate penaltyFrom, @Nullable BigDecimal penalty, boolean noticePossible,
                       boolean setAsidePossible, boolean extensionPossible) {

    public static final AwbTerms NONE = new AwbTerms(null, null, null, null, false, false, false);
}
