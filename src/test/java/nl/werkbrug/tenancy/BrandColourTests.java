package nl.werkbrug.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Contrast as WCAG 2.1 computes it, checked against values worked out by hand. */
class BrandColourTests {

    @Test
    void black_on_white_is_twenty_one_to_one_and_a_colour_on_itself_one_to_one() {
        assertThat(new BrandColour("#000000").contrastWith(BrandColour.WHITE)).isCloseTo(21.0, within(0.001));
        assertThat(new BrandColour("#00529B").contrastWith(new BrandColour("#00529b"))).isCloseTo(1.0, within(0.001));
    }

    @Test
    void the_grey_at_the_aa_threshold_passes_and_one_step_lighter_fails() {
        // #767676: channel 118/255 = 0.4627, ((0.4627 + 0.055) / 1.055)^2.4 = 0.1812; 1.05 / 0.2312 = 4.54
        assertThat(new BrandColour("#767676").contrastWith(BrandColour.WHITE)).isCloseTo(4.54, within(0.01));
        // #777777: channel 119/255 = 0.4667, ((0.4667 + 0.055) / 1.055)^2.4 = 0.1845; 1.05 / 0.2345 = 4.48
        assertThat(new BrandColour("#777777").contrastWith(BrandColour.WHITE)).isCloseTo(4.48, within(0.01));
    }

    @Test
    void a_brand_names_each_colour_that_falls_short_where_it_is_used() {
        Brand light = new Brand("Werkbrug", new BrandColour("#e8a317"), BrandColour.WHITE, new BrandColour("#777777"), null);

        assertThat(light.problems()).extracting(Brand.ContrastProblem::field).containsExactly("textOnPrimary", "accent",
                "primary");
        assertThat(new Brand("Werkbrug", new BrandColour("#00529b"), BrandColour.WHITE, new BrandColour("#00529b"), null)
                .problems()).isEmpty();
    }

    @Test
    void a_colour_must_be_written_as_six_hex_digits() {
        assertThatThrownBy(() -> new BrandColour("purple")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new BrandColour("#A6192E").hex()).isEqualTo("#a6192e");
    }
}
