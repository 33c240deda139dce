package nl.werkbrug.sroi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;

import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.sroi.SroiCalculator.Quantity;
import org.junit.jupiter.api.Test;

/**
 * The value computation of §c12 with worked examples from the model files, each expected value worked out by hand in
 * the comment above it (amounts rounded to cents, half up, once at the end).
 */
class SroiCalculatorTests {

    static final SroiModel OOST = SroiModels.read(Path.of("tenants/twente/sroi/bouwblokken-oost-nederland-v05.yaml"));
    static final SroiModel UTRECHT = SroiModels.read(Path.of("tenants/utrecht/sroi/bouwblokken-utrecht.yaml"));

    static BigDecimal person(SroiModel model, String block, String hours, int months) {
        return SroiCalculator.value(model, model.block(block).orElseThrow(),
                Quantity.person(new BigDecimal(hours), months));
    }

    static BigDecimal euro(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void the_twente_model_file_gives_the_values_of_the_sources() {
        assertThat(OOST.label()).isEqualTo("Uniform Bouwblokkenmodel Oost-Nederland V05");
        assertThat(OOST.threshold().value()).isEqualByComparingTo("100000");
        assertThat(OOST.percentages().values()).extracting(BigDecimal::intValue).containsExactly(2, 5);
        assertThat(OOST.fulltimeHours().guess()).as("36 hours is the Utrecht basis, a guess for Oost-NL").isTrue();
        assertThat(OOST.block("participatiewet-lang").orElseThrow().value()).isEqualByComparingTo("40000");
        assertThat(OOST.block("bbl-3-4").orElseThrow().value()).as("not in the excerpt consulted").isNull();
        assertThat(OOST.psoDiscount("3")).as("the sources give no discount per PSO level").isEmpty();
        assertThat(OOST.creditFactor("se-nl").orElseThrow().factor()).isEqualByComparingTo("0.50");
    }

    @Test
    void the_obligation_is_the_percentage_of_the_contract_value() {
        // 1,000,000 × 5 / 100 = 50,000.00
        assertThat(SroiCalculator.obligation(euro("1000000"), euro("5"))).isEqualTo(euro("50000.00"));
        // 250,000 × 2 / 100 = 5,000.00
        assertThat(SroiCalculator.obligation(euro("250000"), euro("2"))).isEqualTo(euro("5000.00"));
    }

    @Test
    void the_pso_discount_lowers_the_obligation() {
        // 50,000 × (100 − 10) / 100 = 45,000.00 (the models give no discount table: the level's percentage is a parameter)
        assertThat(SroiCalculator.netObligation(euro("50000.00"), euro("10"))).isEqualTo(euro("45000.00"));
        // 5,000 × (100 − 12.5) / 100 = 4,375.00
        assertThat(SroiCalculator.netObligation(euro("5000.00"), euro("12.5"))).isEqualTo(euro("4375.00"));
        // no discount known: the obligation itself
        assertThat(SroiCalculator.netObligation(euro("50000.00"), null)).isEqualTo(euro("50000.00"));
    }

    @Test
    void a_placement_per_year_counts_pro_rata_by_hours_and_months() {
        // §c12 worked example: Participatiewet > 2 years, 24 of 36 h/week, 8 months:
        // 40,000 × 24/36 × 8/12 = 7,680,000 / 432 = 17,777.777… → 17,777.78
        assertThat(person(OOST, "participatiewet-lang", "24", 8)).isEqualTo(euro("17777.78"));
        // WW > 1 year, 20 of 36 h/week, 7 months: 15,000 × 20 × 7 / (36 × 12) = 2,100,000 / 432 = 4,861.111… → 4,861.11
        assertThat(person(OOST, "ww-lang", "20", 7)).isEqualTo(euro("4861.11"));
        // NUG, 18 of 36 h/week, 12 months: 10,000 × 18 × 12 / 432 = 5,000.00
        assertThat(person(OOST, "nug", "18", 12)).isEqualTo(euro("5000.00"));
    }

    @Test
    void the_duration_cap_limits_the_months_that_count() {
        // Participatiewet < 2 years counts 2 years: 30 months → 24; 30,000 × 36/36 × 24/12 = 60,000.00
        assertThat(person(OOST, "participatiewet-kort", "36", 30)).isEqualTo(euro("60000.00"));
        // WW < 1 year counts 1 year: 18 months → 12; 10,000 × 36/36 × 12/12 = 10,000.00
        assertThat(person(OOST, "ww-kort", "36", 18)).isEqualTo(euro("10000.00"));
        // the doelgroepregister block counts always: 36 months stay 36; 40,000 × 18/36 × 36/12 = 60,000.00
        assertThat(person(OOST, "doelgroepregister", "18", 36)).isEqualTo(euro("60000.00"));
    }

    @Test
    void a_werkervaringsplek_counts_per_month() {
        // €750 a month, 6 months: 750 × 6 = 4,500.00 (by months only, whatever the hours)
        assertThat(person(OOST, "werkervaringsplek", "20", 6)).isEqualTo(euro("4500.00"));
    }

    @Test
    void a_bbl_place_counts_per_leerwerkjaar() {
        // BBL level 1-2, €20,000 per leerwerkjaar, 18 months: 20,000 × 18/12 = 30,000.00
        assertThat(person(OOST, "bbl-1-2", "0", 18)).isEqualTo(euro("30000.00"));
    }

    @Test
    void social_purchasing_counts_the_invoice_times_the_credit_factor() {
        var block = OOST.block("sociale-inkoop").orElseThrow();
        // Code Sociale Ondernemingen register, 100%: 20,000 × 1.00 = 20,000.00
        assertThat(SroiCalculator.value(OOST, block, Quantity.purchase(euro("20000"),
                OOST.creditFactor("cso-register").orElseThrow().factor()))).isEqualTo(euro("20000.00"));
        // Social Enterprise NL member, 50%: 20,000 × 0.50 = 10,000.00
        assertThat(SroiCalculator.value(OOST, block, Quantity.purchase(euro("20000"),
                OOST.creditFactor("se-nl").orElseThrow().factor()))).isEqualTo(euro("10000.00"));
    }

    @Test
    void the_utrecht_model_is_another_region_as_data() {
        // Participatiewet €40,000 per fulltime year of 36 h/week; 18 h, 12 months: 40,000 × 18/36 × 12/12 = 20,000.00
        assertThat(person(UTRECHT, "participatiewet", "18", 12)).isEqualTo(euro("20000.00"));
        // doelgroep banenafspraak €50,000; 36 h, 6 months: 50,000 × 36/36 × 6/12 = 25,000.00
        assertThat(person(UTRECHT, "doelgroep-banenafspraak", "36", 6)).isEqualTo(euro("25000.00"));
        // maatwerk €100 per employee-hour, 120 hours: 100 × 120 = 12,000.00
        assertThat(SroiCalculator.value(UTRECHT, UTRECHT.block("maatwerk").orElseThrow(),
                Quantity.hours(euro("120")))).isEqualTo(euro("12000.00"));
    }

    @Test
    void a_block_the_sources_give_no_value_for_cannot_be_valued() {
        assertThatThrownBy(() -> person(OOST, "bbl-3-4", "36", 12)).isInstanceOf(InvalidInputException.class)
                .extracting(thrown -> ((InvalidInputException) thrown).problems().getFirst().messageKey())
                .isEqualTo("sroi.error.block-without-value");
    }

    @Test
    void the_share_fulfilled_is_the_accepted_value_against_the_obligation() {
        // 17,777.78 × 100 / 50,000 = 35.55556 → 35.6
        assertThat(SroiCalculator.fulfilledPercent(euro("17777.78"), euro("50000.00"))).isEqualTo(euro("35.6"));
    }
}
