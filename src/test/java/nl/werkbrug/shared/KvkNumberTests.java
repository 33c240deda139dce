package nl.werkbrug.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Register numbers and the address value of an employer: KvK number, vestigingsnummer, postcode. */
class KvkNumberTests {

    @Test
    void eight_digits_make_a_kvk_number() {
        assertThat(new KvkNumber("12345678").value()).isEqualTo("12345678");
        assertThat(KvkNumber.isValid("00000001")).isTrue();
    }

    @Test
    void spaces_and_dots_people_type_between_the_digits_are_ignored() {
        assertThat(KvkNumber.parse(" 1234 5678 ")).isEqualTo(new KvkNumber("12345678"));
        assertThat(KvkNumber.parse("12.34.56.78")).isEqualTo(new KvkNumber("12345678"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "123456789", "1234567a", "", "        ", "１２３４５６７８"})
    void anything_but_exactly_eight_ascii_digits_is_refused(String value) {
        assertThat(KvkNumber.isValidInput(value)).isFalse();
        assertThatThrownBy(() -> KvkNumber.parse(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void null_is_not_a_kvk_number() {
        assertThat(KvkNumber.isValid(null)).isFalse();
        assertThat(KvkNumber.isValidInput(null)).isFalse();
    }

    @Nested
    class VestigingsnummerTests {

        @Test
        void twelve_digits_make_a_vestigingsnummer() {
            assertThat(Vestigingsnummer.parse("0000 1234 5678").value()).isEqualTo("000012345678");
        }

        @ParameterizedTest
        @ValueSource(strings = {"12345678901", "1234567890123", "12345678901x", ""})
        void anything_but_exactly_twelve_digits_is_refused(String value) {
            assertThat(Vestigingsnummer.isValidInput(value)).isFalse();
            assertThatThrownBy(() -> Vestigingsnummer.parse(value)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class PostcodeTests {

        @ParameterizedTest
        @ValueSource(strings = {"7511 JA", "7511JA", "7511ja", " 7511  ja "})
        void a_dutch_postcode_is_read_in_the_ways_people_type_it(String typed) {
            assertThat(Postcode.parse(typed).value()).isEqualTo("7511 JA");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0511 JA", "751 JA", "75111 JA", "7511 J", "7511 J4", "7511 SS", "7511 SA", "7511 SD", "", "AB 1234"})
        void what_is_no_dutch_postcode_is_refused(String typed) {
            assertThat(Postcode.isValidInput(typed)).isFalse();
        }
    }
}
