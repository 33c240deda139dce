package nl.werkbrug.employer;
import nl.werkbrug.employer.EmployerEvent.EmployerRegistered;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import nl.werkbrug.hostile.HostileForm;
import nl.werkbrug.support.BrowserTest;
import nl.werkbrug.support.RegistrationForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** A company registers itself through the public page, and its first user logs in as employer admin. */
@Execution(ExecutionMode.CONCURRENT)
class EmployerRegistrationBrowserTests extends BrowserTest {

    static final String PASSWORD = "Fietsen-naar-Hengelo-2026";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    /** Fills every field with valid values (the e-mail address is the user name); the map overrides some. */
    void fill(Map<String, String> overrides, String kvk, String email) {
        new RegistrationForm(kvk, "Bakkerij De Tukker B.V.", "10711", "Langestraat", "12a", "7551 CX", "Hengelo",
                "Joost Tukker", email, "074 250 12 34", PASSWORD).fill(page, overrides);
    }

    int count(String sql) {
        Integer count = new TransactionTemplate(transactions).execute(status -> jdbc.sql(sql).query(Integer.class).single());
        return count == null ? -1 : count;
    }

    void submit() {
        clickAndSettle("#register");
    }

    @Test
    void a_new_company_registers_its_admin_logs_in_and_lands_on_the_company_and_the_registration_is_audited() {
        open("login");
        followTo(page.locator("#register-company"), "**/werkgever/registreren");
        assertThat(heading()).hasText("Bedrijf registreren");
        assertAccessible();

        fill(Map.of("vestigingsnummer", "0000 1234 5678"), "6123 4567", "joost@detukker.example");
        assertThat(page.locator("#kvk-found")).containsText("Dit KvK-nummer vonden wij niet in het Handelsregister.");
        submit();

        assertThat(page.locator("#registered")).containsText("Bakkerij De Tukker B.V. is geregistreerd");
        assertThat(page.locator("#registered")).containsText("joost@detukker.example");
        assertAccessible();

        page.locator("#login-link").click();
        page.waitForURL("**/login?gebruiker=*");
        typeLogin("joost@detukker.example", PASSWORD);

        assertThat(page).hasURL(url("werkgever"));
        assertThat(page.locator("#company-name")).hasText("Bakkerij De Tukker B.V.");
        assertThat(page.getByText("61234567")).isVisible();
        assertThat(page.getByText("Langestraat 12a, 7551 CX Hengelo")).isVisible();

        // Recorded from the EmployerRegistered event after the commit; the event carries the KvK number, no names.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
            List<String> audited = new TransactionTemplate(transactions).execute(status -> jdbc.sql(
                            "select actor || ' ' || detail from audit_event where action = 'EMPLOYER_REGISTERED'")
                    .query(String.class).list());
            assertThat(audited).contains("joost@detukker.example KvK 61234567");
        });
    }

    @Test
    void a_kvk_number_of_seven_digits_a_bad_postcode_and_a_short_password_get_dutch_messages_at_their_fields() {
        open("werkgever/registreren");
        fill(Map.of("postcode", "75511 C", "password", "te-kort"), "1234567", "fout@invoer.example");

        submit();

        assertThat(page.locator("#kvk [slot=error-message]")).hasText("Een KvK-nummer bestaat uit precies 8 cijfers.");
        assertThat(page.locator("#postcode [slot=error-message]"))
                .hasText("Vul een Nederlandse postcode in: 4 cijfers en 2 letters, bijvoorbeeld 7511 JA.");
        assertThat(page.locator("#password")).hasAttribute("invalid", "");
        assertThat(page.locator("#form-error")).containsText("Niet alles is goed ingevuld");
        // Nothing typed is lost, the wrong values neither.
        assertInputValues(Map.of("kvk", "1234567", "company-name", "Bakkerij De Tukker B.V.", "street", "Langestraat",
                "contact-email", "fout@invoer.example", "password", "te-kort"));
        assertAccessible();

        // Nothing was half saved: no company, no account.
        assertThat(count("select count(*) from identity_account('fout@invoer.example')")).isZero();
        assertThat(count("select count(*) from employer_organisation where kvk_number = '01234567'")).isZero();

        page.locator("#kvk input").fill("71234567");
        page.locator("#postcode input").fill("7551cx");
        page.locator("#password input").fill(PASSWORD);
        submit();

        assertThat(page.locator("#registered")).containsText("fout@invoer.example");
    }

    @Test
    void a_kvk_number_the_region_knows_and_an_e_mail_address_in_use_are_refused_at_their_fields_and_nothing_is_saved() {
        open("werkgever/registreren");
        fill(Map.of(), "75312468", "dubbel@detukker.example");
        submit();
        assertThat(page.locator("#registered")).isVisible();

        open("werkgever/registreren");
        fill(Map.of(), "12345678", "dubbel@detukker.example");
        submit();

        assertThat(page.locator("#kvk [slot=error-message]")).containsText("Een bedrijf met dit KvK-nummer is al geregistreerd");
        // whether an address is free is answered only for an otherwise valid form (docs/adr/0013)
        assertThat(page.locator("#contact-email")).not().hasAttribute("invalid", "");
        assertThat(page.locator("#company-name input")).hasValue("Bakkerij De Tukker B.V.");

        page.locator("#kvk input").fill("86420135");
        submit();

        assertThat(page.locator("#contact-email [slot=error-message]"))
                .hasText("Met dit e-mailadres kunt u geen account aanmaken. Gebruik een ander e-mailadres.");
        assertThat(page.locator("#company-name input")).hasValue("Bakkerij De Tukker B.V.");
        assertThat(count("select count(*) from employer_organisation where kvk_number = '12345678'")).isEqualTo(1);
        assertThat(count("select count(*) from employer_organisation where kvk_number = '86420135'")).isZero();
        assertAccessible();
    }

    /** Issue 13, bad input in the browser: a KvK number that can never be right keeps every attempt unregistered. */
    @Test
    void hostile_input_typed_into_the_registration_form_is_refused_at_its_fields_and_nothing_typed_is_lost() {
        open("werkgever/registreren");
        fill(Map.of(), "1234567", "vijandig@invoer.example");
        HostileForm form = new HostileForm("werkgever/registreren", page, this::settle);
        for (int i = 0; i < HostileForm.TEXTS.size(); i++) {
            String text = HostileForm.TEXTS.get(i);
            org.assertj.core.api.Assertions.assertThat(form.attempt(Map.of("#company-name", text, "#street", text,
                    "#contact-name", text, "#kvk", HostileForm.NUMBERS.get(i % 4), "#postcode", HostileForm.DATES.get(i % 4)),
                    "#register")).as("refused").isTrue();
        }
        form.report();
        assertThat(count("select count(*) from identity_account('vijandig@invoer.example')")).isZero();
    }
}
