package nl.werkbrug.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The 11-proef of the burgerservicenummer, with known numbers and properties checked over many random ones. */
class BsnTests {

    /** A fixed seed: a failure can be reproduced. */
    private final Random random = new Random(20260501L);

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "999999990", "010000008", "100000009"})
    void known_valid_numbers_pass(String number) {
        assertThat(Bsn.isValid(number)).as(number).isTrue();
        assertThat(new Bsn(number).value()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "111222334", "999999999", "100000000", "12345678", "1234567820", "12345678a", "000000000"})
    void known_invalid_numbers_fail(String number) {
        assertThat(Bsn.isValid(number)).as(number).isFalse();
        assertThatThrownBy(() -> new Bsn(number)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_weighted_sum_is_the_one_of_the_11_proef() {
        // 9·1 + 8·2 + 7·3 + 6·4 + 5·5 + 4·6 + 3·7 + 2·8 − 1·2 = 154 = 14 · 11
        assertThat(Bsn.elfproefSum("123456782")).isEqualTo(154);
    }

    @Test
    void every_number_completed_with_its_check_digit_passes() {
        IntStream.range(0, 5_000).mapToObj(i -> randomValid()).forEach(number ->
                assertThat(Bsn.isValid(number)).as(number).isTrue());
    }

    @Test
    void changing_any_single_digit_of_a_valid_number_makes_it_fail() {
        for (int i = 0; i < 1_000; i++) {
            String valid = randomValid();
            int position = random.nextInt(9);
            char other = (char) ('0' + (valid.charAt(position) - '0' + 1 + random.nextInt(9)) % 10);
            String changed = valid.substring(0, position) + other + valid.substring(position + 1);
            assertThat(Bsn.isValid(changed)).as("%s changed to %s", valid, changed).isFalse();
        }
    }

    @Test
    void swapping_two_different_neighbouring_digits_makes_it_fail() {
        int swapped = 0;
        while (swapped < 1_000) {
            String valid = randomValid();
            int position = random.nextInt(8);
            if (valid.charAt(position) == valid.charAt(position + 1)) {
                continue;
            }
            char[] digits = valid.toCharArray();
            digits[position] = valid.charAt(position + 1);
            digits[position + 1] = valid.charAt(position);
            assertThat(Bsn.isValid(new String(digits))).as("%s swapped at %d", valid, position).isFalse();
            swapped++;
        }
    }

    @Test
    void typed_separators_are_ignored_and_the_number_never_prints_whole() {
        Bsn bsn = Bsn.parse("1234.56.782");

        assertThat(bsn.value()).isEqualTo("123456782");
        assertThat(bsn.masked()).isEqualTo("******782");
        assertThat(bsn.toString()).doesNotContain("123456");
        assertThat(Bsn.isValidInput("1234 56 782")).isTrue();
        assertThat(Bsn.isValidInput("1234 56 789")).isFalse();
    }

    /** Eight random digits and the one last digit that makes the 11-proef hold; retried when none does. */
    private String randomValid() {
        while (true) {
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                digits.append(random.nextInt(10));
            }
            int check = Bsn.elfproefSum(digits + "0") % 11;
            if (check < 10 && !(digits + "" + check).equals("000000000")) {
                return digits.toString() + check;
            }
        }
    }
}
