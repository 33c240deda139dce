package nl.werkbrug.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;

import nl.werkbrug.shared.Beslistermijn;
import org.junit.jupiter.api.Test;

/** Money, numbers, dates and deadlines read the same everywhere, in Dutch and in English. */
class FormatsTests {

    final Formats dutch = Formats.of(Locale.forLanguageTag("nl"));
    final Formats english = Formats.of(Locale.ENGLISH);

    @Test
    void money_has_the_euro_sign_and_the_language_s_separators() {
        assertThat(dutch.money(new BigDecimal("1234.56"))).isEqualTo("€ 1.234,56");
        assertThat(english.money(new BigDecimal("1234.56"))).isEqualTo("€1,234.56");
        assertThat(dutch.money(new BigDecimal("1500"))).isEqualTo("€ 1.500,00");
        assertThat(dutch.money(new BigDecimal("0.125"))).isEqualTo("€ 0,13");
        assertThat(dutch.money(null)).isEmpty();
    }

    @Test
    void compact_money_shows_cents_only_when_there_are_any() {
        assertThat(dutch.moneyCompact(new BigDecimal("1500.00"))).isEqualTo("€ 1.500");
        assertThat(english.moneyCompact(new BigDecimal("1500"))).isEqualTo("€1,500");
        assertThat(dutch.moneyCompact(new BigDecimal("1500.5"))).isEqualTo("€ 1.500,50");
    }

    @Test
    void numbers_and_percentages_use_the_language_s_decimal_mark() {
        assertThat(dutch.number(new BigDecimal("1234.5"))).isEqualTo("1.234,5");
        assertThat(english.number(new BigDecimal("1234.5"))).isEqualTo("1,234.5");
        assertThat(dutch.number(32)).isEqualTo("32");
        assertThat(dutch.percentage(new BigDecimal("23.5"))).isEqualTo("23,5%");
        assertThat(english.percentage(new BigDecimal("23.5"))).isEqualTo("23.5%");
    }

    @Test
    void dates_are_written_out_in_the_language() {
        LocalDate day = LocalDate.of(2027, 1, 12);
        assertThat(dutch.date(day)).isEqualTo("12 jan 2027");
        assertThat(english.date(day)).isEqualTo("12 Jan 2027");
        assertThat(dutch.longDate(day)).isEqualTo("12 januari 2027");
        assertThat(english.longDate(day)).isEqualTo("12 January 2027");
        assertThat(dutch.date((LocalDate) null)).isEmpty();
    }

    @Test
    void moments_are_shown_in_dutch_time_in_winter_and_summer() {
        assertThat(dutch.dateTime(Instant.parse("2027-01-12T13:05:00Z"))).isEqualTo("12 jan 2027, 14:05");
        assertThat(english.dateTime(Instant.parse("2027-07-01T22:30:00Z"))).isEqualTo("2 Jul 2027, 00:30");
        assertThat(dutch.date(Instant.parse("2027-03-31T22:30:00Z"))).isEqualTo("1 apr 2027");
    }

    @Test
    void a_deadline_reads_as_a_last_day_or_says_it_passed_or_stands_still() {
        LocalDate deadline = LocalDate.of(2027, 1, 12);
        assertThat(dutch.deadline(deadline, false, false)).isEqualTo("uiterlijk 12 januari 2027");
        assertThat(english.deadline(deadline, false, false)).isEqualTo("by 12 January 2027");
        assertThat(dutch.deadline(deadline, true, false)).isEqualTo("termijn verstreken op 12 januari 2027");
        assertThat(english.deadline(deadline, true, false)).isEqualTo("term expired on 12 January 2027");
        assertThat(dutch.deadline(null, false, true)).isEqualTo("termijn staat stil: wacht op aanvullende informatie");
        assertThat(dutch.deadline(null, false, false)).isEmpty();
    }

    @Test
    void a_decision_term_is_written_as_its_deadline_on_a_day() {
        // received Monday 2 November 2026, eight weeks: Monday 28 December 2026
        Beslistermijn term = Beslistermijn.of(LocalDate.of(2026, 11, 2), Period.ofWeeks(8));
        assertThat(dutch.deadline(term, LocalDate.of(2026, 12, 1))).isEqualTo("uiterlijk 28 december 2026");
        assertThat(dutch.deadline(term, LocalDate.of(2026, 12, 29))).isEqualTo("termijn verstreken op 28 december 2026");
        assertThat(dutch.deadline(term.askForInformation(LocalDate.of(2026, 11, 10)), LocalDate.of(2026, 12, 29)))
                .isEqualTo("termijn staat stil: wacht op aanvullende informatie");
    }
}
