package nl.werkbrug.employer;

import static org.assertj.core.api.Assertions.assertThat;

import nl.werkbrug.shared.FieldProblem;
import org.junit.jupiter.api.Test;

/** The rules of a company's registration, with the Dutch message keys the form shows at the field. */
class EmployerRegistrationRulesTests {

    private static EmployerRegistration registration(String kvk, String postcode, String sbiCode, int sbiVersion,
                                                     String email, String phone) {
        return new EmployerRegistration(kvk, null, "Bakkerij De Tukker B.V.", "Langestraat", "12a", postcode, "Hengelo",
                sbiCode, sbiVersion, "Joost Tukker", email, phone, "joost.tukker", "Fietsen-naar-Hengelo");
    }

    @Test
    void a_complete_registration_breaks_no_rule() {
        assertThat(registration("6123 4567", "7551 CX", "10712", 2025, "joost@detukker.example", "074 123 45 67").problems())
                .isEmpty();
    }

    @Test
    void a_seven_digit_kvk_number_a_bad_postcode_and_a_bad_email_are_named_at_their_fields() {
        assertThat(registration("1234567", "75511 C", "10712", 2025, "joost@", "074 123 45 67").problems())
                .containsExactlyInAnyOrder(FieldProblem.of("kvkNumber", "employer.register.kvk.invalid"),
                        FieldProblem.of("postcode", "employer.register.postcode.invalid"),
                        FieldProblem.of("contactEmail", "employer.register.contact-email.invalid"));
    }

    @Test
    void empty_fields_are_required_with_their_own_message_and_the_phone_number_is_optional() {
        EmployerRegistration empty = new EmployerRegistration("", null, "", "Langestraat", "12a", "7551 CX", "Hengelo",
                "10712", 2025, "Joost Tukker", "joost@detukker.example", "", "", "");

        assertThat(empty.problems()).containsExactlyInAnyOrder(
                FieldProblem.of("kvkNumber", "employer.register.kvk.required"),
                FieldProblem.of("name", "employer.register.name.required"));
    }

    @Test
    void an_sbi_2025_code_has_five_digits_while_sbi_2008_allows_four() {
        assertThat(registration("61234567", "7551 CX", "1071", 2025, "joost@detukker.example", "0741234567").problems())
                .containsExactly(FieldProblem.of("sbiCode", "employer.register.sbi-code.five-digits"));
        assertThat(registration("61234567", "7551 CX", "1071", 2008, "joost@detukker.example", "0741234567").problems())
                .isEmpty();
        assertThat(registration("61234567", "7551 CX", "1", 2008, "joost@detukker.example", "0741234567").problems())
                .containsExactly(FieldProblem.of("sbiCode", "employer.register.sbi-code.invalid"));
    }

    @Test
    void a_phone_number_needs_ten_to_fifteen_digits() {
        assertThat(registration("61234567", "7551 CX", "10712", 2025, "joost@detukker.example", "074 123").problems())
                .containsExactly(FieldProblem.of("contactPhone", "employer.register.contact-phone.invalid"));
    }
}
