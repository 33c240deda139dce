package nl.werkbrug.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The employer's reply-time target counts working days: weekends and the public holidays are skipped. */
class ReplyTargetTests {

    @Test
    void ten_working_days_from_friday_18_december_2026_skip_christmas_new_year_and_the_weekends() {
        // Mon 21 to Thu 24 (4), Christmas and Boxing Day and the weekend skipped, Mon 28 to Thu 31 (8),
        // New Year's Day and the weekend skipped, Mon 4 and Tue 5 January (10)
        ReplyTarget ten = new ReplyTarget(10);

        assertThat(ten.lastDay(LocalDate.of(2026, 12, 18))).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(ten.passed(LocalDate.of(2026, 12, 18), LocalDate.of(2027, 1, 5))).isFalse();
        assertThat(ten.passed(LocalDate.of(2026, 12, 18), LocalDate.of(2027, 1, 6))).isTrue();
    }

    @Test
    void one_working_day_from_a_friday_ends_on_monday() {
        assertThat(new ReplyTarget(1).lastDay(LocalDate.of(2026, 12, 4))).isEqualTo(LocalDate.of(2026, 12, 7));
    }
}
