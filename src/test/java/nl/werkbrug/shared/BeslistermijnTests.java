package nl.werkbrug.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

class BeslistermijnTests {

    static final Period EIGHT_WEEKS = Period.ofWeeks(8);

    @Test
    void eight_weeks_from_a_monday_end_on_a_monday() {
        Beslistermijn term = Beslistermijn.of(LocalDate.of(2026, 9, 7), EIGHT_WEEKS);

        assertThat(term.deadline()).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    void a_term_ending_on_a_saturday_moves_to_monday() {
        Beslistermijn term = Beslistermijn.of(LocalDate.of(2026, 9, 12), Period.ofWeeks(6));

        assertThat(LocalDate.of(2026, 10, 24).getDayOfWeek()).hasToString("SATURDAY");
        assertThat(term.deadline()).isEqualTo(LocalDate.of(2026, 10, 26));
    }

    @Test
    void a_term_ending_on_a_sunday_moves_to_monday() {
        assertThat(Beslistermijn.of(LocalDate.of(2026, 9, 13), Period.ofWeeks(6)).deadline())
                .isEqualTo(LocalDate.of(2026, 10, 26));
    }

    @Test
    void christmas_and_boxing_day_and_the_weekend_after_push_the_deadline_on() {
        // 2026-12-25 is a Friday: Friday and Saturday 26th are holidays, Sunday 27th is a Sunday.
        assertThat(Beslistermijn.of(LocalDate.of(2026, 10, 30), EIGHT_WEEKS).deadline())
                .isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void kings_day_moves_to_the_26th_when_the_27th_is_a_sunday_and_counts_as_holiday() {
        // 27 April 2025 was a Sunday, so King's Day was Saturday 26 April; 27 April 2026 is a Monday.
        assertThat(AlgemeneTermijnenwet.isHoliday(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(AlgemeneTermijnenwet.isHoliday(LocalDate.of(2026, 4, 27))).isTrue();
        assertThat(Beslistermijn.of(LocalDate.of(2026, 3, 16), Period.ofWeeks(6)).deadline())
                .isEqualTo(LocalDate.of(2026, 4, 28));
    }

    @Test
    void easter_monday_ascension_whit_monday_and_liberation_day_are_holidays_and_good_friday_is_not() {
        // Easter 2026: 5 April.
        assertThat(AlgemeneTermijnenwet.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(AlgemeneTermijnenwet.isHoliday(LocalDate.of(2026, 4, 6))).isTrue();
        assertThat(AlgemeneTermijnenwet.isHoliday(LocalDate.of(2026, 5, 14))).isTrue();
        assertThat(AlgemeneTermijnenwet.isHoliday(LocalDate.of(2026, 5, 25))).isTrue();
        assertThat(AlgemeneTermijnenwet.isHoliday(LocalDate.of(2026, 5, 5))).isTrue();
        assertThat(AlgemeneTermijnenwet.isHoliday(LocalDate.of(2026, 4, 3))).isFalse();
        assertThat(AlgemeneTermijnenwet.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(AlgemeneTermijnenwet.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    }

    @Test
    void asking_for_information_stops_the_clock_until_the_information_arrives() {
        Beslistermijn term = Beslistermijn.of(LocalDate.of(2026, 9, 7), EIGHT_WEEKS)
                .askForInformation(LocalDate.of(2026, 9, 14));

        assertThat(term.isSuspended()).isTrue();
        assertThat(term.deadline()).isNull();
        assertThat(term.isOverdue(LocalDate.of(2027, 1, 1))).isFalse();

        // Stood still from 15 up to 24 September: 9 days, so 2 November + 9 = 11 November (a Wednesday).
        Beslistermijn resumed = term.informationReceived(LocalDate.of(2026, 9, 24));
        assertThat(resumed.isSuspended()).isFalse();
        assertThat(resumed.deadline()).isEqualTo(LocalDate.of(2026, 11, 11));
    }

    @Test
    void information_received_the_day_after_the_question_costs_no_days() {
        Beslistermijn term = Beslistermijn.of(LocalDate.of(2026, 9, 7), EIGHT_WEEKS)
                .askForInformation(LocalDate.of(2026, 9, 14)).informationReceived(LocalDate.of(2026, 9, 15));

        assertThat(term.deadline()).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    void a_request_is_overdue_the_day_after_its_deadline_and_days_left_counts_down() {
        Beslistermijn term = Beslistermijn.of(LocalDate.of(2026, 9, 7), EIGHT_WEEKS);

        assertThat(term.isOverdue(LocalDate.of(2026, 11, 2))).isFalse();
        assertThat(term.isOverdue(LocalDate.of(2026, 11, 3))).isTrue();
        assertThat(term.daysLeft(LocalDate.of(2026, 10, 30))).isEqualTo(3);
        assertThat(term.daysLeft(LocalDate.of(2026, 11, 4))).isEqualTo(-2);
    }

    @Test
    void the_clock_cannot_be_stopped_twice_and_a_term_must_be_positive() {
        Beslistermijn term = Beslistermijn.of(LocalDate.of(2026, 9, 7), EIGHT_WEEKS).askForInformation(LocalDate.of(2026, 9, 8));

        assertThatThrownBy(() -> term.askForInformation(LocalDate.of(2026, 9, 9))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Beslistermijn.of(LocalDate.of(2026, 9, 7), Period.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
