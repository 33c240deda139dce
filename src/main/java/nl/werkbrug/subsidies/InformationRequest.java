package nl.werkbrug.subsidies;

import java.time.LocalDate;
import java.time.Period;

import nl.werkbrug.shared.AlgemeneTermijnenwet;
import org.jspecify.annotations.Nullable;

/**
 * A question of the municipality about a request and, once given, the employer's answer.
 *
 * @param answerDue the last day to answer (Awb 4:5); none for questions asked before answer terms existed
 */
public record InformationRequest(long id, String question, LocalDate askedOn, @Nullable String answer,
                                 @Nullable LocalDate answeredOn, @Nullable LocalDate answerDue) {

    /**
     * The last day of an answer term of {@code term} from {@code askedOn}: a day on a weekend or holiday runs on to
     * the next working day (Algemene termijnenwet, applied to the term the municipality sets under Awb 4:5).
     */
    public static LocalDate answerDue(LocalDate askedOn, Period term) {
        return AlgemeneTermijnenwet.extendToWorkingDay(askedOn.plus(term));
    }

    public boolean isOpen() {
        return answeredOn == null;
    }

    /** Unanswered after its last day: the municipality may put the request "buiten behandeling" (Awb 4:5). */
    public boolean answerTermPassed(LocalDate today) {
        return isOpen() && answerDue != null && today.isAfter(answerDue);
    }
}
