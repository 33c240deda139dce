package nl.werkbrug.subsidies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;

import nl.werkbrug.shared.Beslistermijn;
import org.junit.jupiter.api.Test;

/**
 * The decision clock under the Awb: the answer term of a question (4:5) and the suspension it ends (4:15), one
 * extension (4:14) and a notice of default with its penalty (4:17), around Christmas 2026 (Friday 25 and Saturday 26
 * December are holidays) and New Year 2027 (Friday 1 January).
 */
class AwbTermsTests {

    static final LocalDate MONDAY_2_NOVEMBER = LocalDate.of(2026, 11, 2);
    static final Period EIGHT_WEEKS = Period.ofWeeks(8);
    // 2 November + 8 weeks = Monday 28 December 2026, a working day
    static final Beslistermijn TERM = Beslistermijn.of(MONDAY_2_NOVEMBER, EIGHT_WEEKS);
    static final LocalDate FRIDAY_11_DECEMBER = LocalDate.of(2026, 12, 11);

    @Test
    void an_answer_term_of_two_weeks_ending_on_christmas_runs_on_past_boxing_day_and_the_weekend() {
        // 11 December + 2 weeks = Friday 25 December (Christmas), Saturday 26 (Boxing Day), Sunday 27: Monday 28
        assertThat(InformationRequest.answerDue(FRIDAY_11_DECEMBER, Period.ofWeeks(2))).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void the_suspension_ends_when_the_answer_term_passes_unused_and_the_clock_runs_again() {
        LocalDate due = LocalDate.of(2026, 12, 28);
        Beslistermijn asked = TERM.askForInformation(FRIDAY_11_DECEMBER, due);

        assertThat(asked.asOf(due).isSuspended()).as("on the last day to answer").isTrue();
        assertThat(asked.asOf(due).deadline()).isNull();
        Beslistermijn lapsed = asked.asOf(due.plusDays(1));
        assertThat(lapsed.isSuspended()).isFalse();
        // suspended 12 December up to and including 28 December: 17 days; 28 December + 17 = Thursday 14 January 2027
        assertThat(lapsed.deadline()).isEqualTo(LocalDate.of(2027, 1, 14));
    }

    @Test
    void an_answer_within_the_term_ends_the_suspension_on_the_day_of_the_answer() {
        Beslistermijn answered = TERM.askForInformation(FRIDAY_11_DECEMBER, LocalDate.of(2026, 12, 28))
                .informationReceived(LocalDate.of(2026, 12, 20));

        // suspended 12 up to (not including) Sunday 20 December: 8 days; 28 December + 8 = Tuesday 5 January 2027
        assertThat(answered.asOf(LocalDate.of(2027, 1, 4)).deadline()).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void a_late_answer_does_not_stretch_the_suspension_beyond_the_answer_term() {
        Beslistermijn late = TERM.askForInformation(FRIDAY_11_DECEMBER, LocalDate.of(2026, 12, 28))
                .informationReceived(LocalDate.of(2027, 1, 6));

        assertThat(late.deadline()).isEqualTo(LocalDate.of(2027, 1, 14));
    }

    @Test
    void buiten_behandeling_only_after_the_answer_term_has_passed_unanswered() {
        InformationRequest open = new InformationRequest(1, "Stuur de loonstrook.", FRIDAY_11_DECEMBER, null, null,
                LocalDate.of(2026, 12, 28));
        InformationRequest answered = new InformationRequest(2, "Stuur de loonstrook.", FRIDAY_11_DECEMBER, "Bijgevoegd.",
                LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 28));

        assertThat(open.answerTermPassed(LocalDate.of(2026, 12, 25))).as("on Christmas").isFalse();
        assertThat(open.answerTermPassed(LocalDate.of(2026, 12, 28))).as("on the last day").isFalse();
        assertThat(open.answerTermPassed(LocalDate.of(2026, 12, 29))).isTrue();
        assertThat(answered.answerTermPassed(LocalDate.of(2026, 12, 29))).isFalse();
    }

    @Test
    void one_extension_before_the_deadline_to_a_saturday_runs_on_to_monday() {
        Beslistermijn extended = TERM.extend(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 23), "Advies arbeidsdeskundige");

        // Saturday 23 January 2027 -> Monday 25 January
        assertThat(extended.deadline()).isEqualTo(LocalDate.of(2027, 1, 25));
        assertThat(extended.extension().reason()).isEqualTo("Advies arbeidsdeskundige");
        assertThatThrownBy(() -> extended.extend(LocalDate.of(2026, 12, 22), LocalDate.of(2027, 2, 1), "Nog een keer"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void no_extension_after_the_deadline_nor_to_a_date_that_is_not_later() {
        // on the deadline itself, Monday 28 December, it can still be extended
        assertThat(TERM.extend(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 11), "Drukte").deadline())
                .isEqualTo(LocalDate.of(2027, 1, 11));
        assertThatThrownBy(() -> TERM.extend(LocalDate.of(2026, 12, 29), LocalDate.of(2027, 1, 11), "Te laat"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> TERM.extend(LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 28), "Niet later"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TERM.extend(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 11), " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_suspension_after_the_extension_moves_the_new_date_on() {
        Beslistermijn extended = TERM.extend(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 11), "Drukte")
                .askForInformation(LocalDate.of(2026, 12, 22), LocalDate.of(2027, 1, 5))
                .informationReceived(LocalDate.of(2026, 12, 24));

        // suspended 23 December only: 1 day; Monday 11 January + 1 = Tuesday 12 January 2027
        assertThat(extended.deadline()).isEqualTo(LocalDate.of(2027, 1, 12));
    }

    @Test
    void a_notice_of_default_is_refused_on_a_deadline_moved_past_christmas_and_accepted_the_day_after() {
        // received Friday 30 October 2026 + 8 weeks = Friday 25 December -> Monday 28 December
        Beslistermijn christmas = Beslistermijn.of(LocalDate.of(2026, 10, 30), EIGHT_WEEKS);

        assertThatThrownBy(() -> Ingebrekestelling.give(christmas, LocalDate.of(2026, 12, 26)))
                .as("on Boxing Day the term has not passed").isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Ingebrekestelling.give(christmas, LocalDate.of(2026, 12, 28)))
                .isInstanceOf(IllegalStateException.class);
        Ingebrekestelling notice = Ingebrekestelling.give(christmas, LocalDate.of(2026, 12, 29));
        // the penalty is owed from two weeks after Tuesday 29 December: Tuesday 12 January 2027
        assertThat(notice.penaltyFrom()).isEqualTo(LocalDate.of(2027, 1, 12));
    }

    @Test
    void the_penalty_accrues_23_then_35_then_45_euros_a_day_for_at_most_42_days_and_stops_at_the_decision() {
        Ingebrekestelling notice = new Ingebrekestelling(LocalDate.of(2026, 12, 29));

        assertThat(notice.penalty(LocalDate.of(2027, 1, 11), null)).isEqualByComparingTo("0");
        assertThat(notice.penalty(LocalDate.of(2027, 1, 12), null)).isEqualByComparingTo("23");
        // 12 to 31 January: 20 days = 14 x 23 + 6 x 35 = 322 + 210
        assertThat(notice.penaltyDays(LocalDate.of(2027, 1, 31), null)).isEqualTo(20);
        assertThat(notice.penalty(LocalDate.of(2027, 1, 31), null)).isEqualByComparingTo("532");
        // 1 March 2027 is 49 days on: capped at 42 = 14 x 23 + 14 x 35 + 14 x 45 = 322 + 490 + 630
        assertThat(notice.penalty(LocalDate.of(2027, 3, 1), null)).isEqualByComparingTo("1442");
        // decided on Wednesday 20 January: owed 12 up to and including 19 January, 8 days = 8 x 23
        assertThat(notice.penalty(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 1, 20))).isEqualByComparingTo("184");
    }
}
