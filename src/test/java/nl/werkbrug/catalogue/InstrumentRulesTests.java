package nl.werkbrug.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import nl.werkbrug.shared.FieldProblem;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's rules for an instrument, as field paths and message keys of the nl/en bundles: the one source the
 * edit screen, the service and the catalogue files all use.
 */
class InstrumentRulesTests {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);

    private static InstrumentContent content(String name, String description, AmountRule amount, MaxDuration maxDuration,
                                             Conditions conditions, LocalDate validTo) {
        return new InstrumentContent(name, "Kort.", description, Source.LOKAAL, List.of(), List.of(TargetGroup.WERKZOEKENDEN),
                null, null, List.of(Applicant.WERKGEVER), null, null, FundingLine.NIET_VERMELD, null, amount, maxDuration,
                null, conditions, null, null, List.of(), FIRST_DAY, validTo, false,
                List.of(new SourceRef("001_bron.txt", null, null)));
    }

    private static InstrumentContent valid() {
        return content("Proefplaatsing", "Werken op proef.", AmountRule.NOT_STATED, null, Conditions.NONE, null);
    }

    private static AmountRule amount(AmountKind kind, Integer euro, Integer minimum, Integer maximum, Integer percentage) {
        return new AmountRule(kind, euro == null ? null : BigDecimal.valueOf(euro), minimum == null ? null : BigDecimal.valueOf(minimum),
                maximum == null ? null : BigDecimal.valueOf(maximum), percentage == null ? null : BigDecimal.valueOf(percentage),
                List.of(), null);
    }

    @Test
    void a_complete_instrument_breaks_no_rule() {
        assertThat(valid().problems()).isEmpty();
    }

    @Test
    void an_empty_name_and_a_too_long_description_are_reported_at_their_field_with_the_shared_keys() {
        InstrumentContent content = content("", "x".repeat(5001), AmountRule.NOT_STATED, null, Conditions.NONE, null);

        assertThat(content.problems()).containsExactlyInAnyOrder(
                FieldProblem.of("name", "form.error.required"),
                FieldProblem.of("description", "form.error.too-long", 5000));
    }

    @Test
    void an_amount_in_a_text_and_an_end_before_the_start_get_dutch_catalogue_keys() {
        InstrumentContent content = content("Proefplaatsing", "Met een premie van € 250.", AmountRule.NOT_STATED, null,
                Conditions.NONE, FIRST_DAY.minusDays(1));

        assertThat(content.problems()).containsExactlyInAnyOrder(
                FieldProblem.of("description", "catalogue.admin.error.amount-in-text"),
                FieldProblem.of("validTo", "catalogue.admin.error.end-before-start"));
    }

    @Test
    void amount_rules_name_the_figure_that_is_wrong() {
        assertThat(amount(AmountKind.NIET_VERMELD, 1500, null, null, null).problems("amount"))
                .containsExactly(FieldProblem.of("amount.kind", "catalogue.admin.error.amount-not-for-kind"));
        assertThat(amount(AmountKind.EENMALIG, null, null, null, null).problems("amount"))
                .containsExactly(FieldProblem.of("amount.euro", "catalogue.admin.error.amount-required"));
        assertThat(amount(AmountKind.PER_MAAND, 100, null, 200, null).problems("amount"))
                .containsExactly(FieldProblem.of("amount.euro", "catalogue.admin.error.amount-exact-or-range"));
        assertThat(amount(AmountKind.PER_JAAR, null, 3000, 2000, null).problems("amount"))
                .containsExactly(FieldProblem.of("amount.minimumEuro", "catalogue.admin.error.minimum-above-maximum"));
        assertThat(amount(AmountKind.PER_JAAR, null, 3000, null, null).problems("amount"))
                .containsExactlyInAnyOrder(FieldProblem.of("amount.euro", "catalogue.admin.error.amount-required"),
                        FieldProblem.of("amount.maximumEuro", "catalogue.admin.error.minimum-needs-maximum"));
        assertThat(amount(AmountKind.PERCENTAGE_WML, 10, null, null, null).problems("amount"))
                .containsExactlyInAnyOrder(FieldProblem.of("amount.percentageWml", "catalogue.admin.error.percentage-required"),
                        FieldProblem.of("amount.euro", "catalogue.error.euro-not-with-percentage"));
        assertThat(amount(AmountKind.EENMALIG, 500, null, null, 70).problems("amount"))
                .containsExactly(FieldProblem.of("amount.percentageWml", "catalogue.error.percentage-not-for-kind"));
    }

    @Test
    void a_percentage_above_100_is_refused_by_its_constraint() {
        InstrumentContent content = content("Loonkostensubsidie", "Compensatie.", amount(AmountKind.PERCENTAGE_WML, null, null, null, 130),
                null, Conditions.NONE, null);

        assertThat(content.problems()).containsExactly(FieldProblem.of("amount.percentageWml", "form.error.at-most", "100"));
    }

    @Test
    void duration_and_age_rules_cross_two_fields() {
        Conditions ages = new Conditions(30, 27, List.of(), false, false, null, null, false, null);
        InstrumentContent content = content("Proefplaatsing", "Werken op proef.", AmountRule.NOT_STATED,
                new MaxDuration(3, 12, null), ages, null);

        assertThat(content.problems()).containsExactlyInAnyOrder(
                FieldProblem.of("maxDuration.weeks", "catalogue.admin.error.months-or-weeks"),
                FieldProblem.of("conditions.maxAge", "catalogue.admin.error.age-order"));
        assertThat(new MaxDuration(null, null, " ").problems("maxDuration"))
                .containsExactly(FieldProblem.of("maxDuration", "catalogue.error.duration-empty"));
    }

    @Test
    void a_municipalitys_own_values_follow_the_same_rules_and_constraints() {
        InstrumentOverride override = new InstrumentOverride(amount(AmountKind.EENMALIG, null, null, null, null),
                new MaxDuration(200, null, null), null, null, null, null, null, null, null, null, null, FIRST_DAY, List.of());

        assertThat(override.problems()).containsExactlyInAnyOrder(
                FieldProblem.of("amount.euro", "catalogue.admin.error.amount-required"),
                FieldProblem.of("maxDuration.months", "form.error.at-most", 120L));
    }

    @Test
    void a_change_needs_a_day_and_a_reason_of_at_most_500_characters() {
        assertThat(new VersionChange(null, " ").problems()).containsExactlyInAnyOrder(
                FieldProblem.of("changeFrom", "form.error.required"), FieldProblem.of("changeNote", "form.error.required"));
        assertThat(new VersionChange(FIRST_DAY, "x".repeat(501)).problems())
                .containsExactly(FieldProblem.of("changeNote", "form.error.too-long", 500));
        assertThat(new VersionChange(FIRST_DAY, "Bedrag verhoogd").problems()).isEmpty();
    }
}
