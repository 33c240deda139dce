package nl.werkbrug.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import nl.werkbrug.identity.EmployerAccounts;
import nl.werkbrug.support.SmtpIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 11's registration through the services on the real database: the KvK number fills the company from the
 * local data set of fictitious companies, the e-mail address is the user name, and the company gets a welcome mail
 * over real SMTP once the registration is committed.
 */
class EmployerFrontDoorTests extends SmtpIntegrationTest {

    @Autowired
    EmployerRegistrations registrations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void a_kvk_number_of_the_fictitious_data_set_gives_name_address_and_sbi_code_and_an_unknown_one_nothing() {
        assertThat(registrations.lookUp("9000 1002")).contains(new KvkCompany("90001002", "000090001002",
                "Fictief Zorghotel De Esch", "Eschweg", "4a", "7521ZZ", "Enschede", "55101", 2025));
        assertThat(registrations.lookUp("90001004")).hasValueSatisfying(company -> {
            assertThat(company.name()).isEqualTo("Fictief Logistiek Borne V.O.F.");
            assertThat(company.vestigingsnummer()).isNull();
        });
        assertThat(registrations.lookUp("12345670")).isEmpty();
        assertThat(registrations.lookUp("1234567")).isEmpty();
    }

    @Test
    void an_e_mail_address_in_lower_case_is_a_user_name_and_one_in_capitals_is_not() {
        assertThat(EmployerAccounts.isValidUsername("jan.tukker+werk@twentekanaal.example")).isTrue();
        assertThat(EmployerAccounts.isValidUsername("Jan@Twentekanaal.example")).isFalse();
        assertThat(EmployerAccounts.isValidUsername("jan@twentekanaal")).isFalse();
        assertThat(EmployerAccounts.isValidUsername("werkgever.demo")).isTrue();
    }

    @Test
    void a_company_registered_with_only_the_fields_of_the_front_door_gets_a_welcome_mail_without_its_password() throws Exception {
        String kvk = String.valueOf(20_000_000 + Math.floorMod(System.nanoTime(), 9_999_999L));
        String email = "welkom-" + kvk + "@fictief.example";
        KvkCompany found = registrations.lookUp("90001003").orElseThrow();
        EmployerRegistration registration = new EmployerRegistration(kvk, null, found.name(), found.street(),
                found.houseNumber(), found.postcode(), found.place(), found.sbiCode(), found.sbiVersion(),
                "Wim Welkom", email, null, email, "Een-wachtwoord-van-Nijverdal");
        assertThat(registration.problems()).isEmpty();

        EmployerSummary company = registrations.register(registration);

        assertThat(company.contactPhone()).isNull();
        Integer accounts = transaction.execute(status -> jdbc.sql("select count(*) from identity_account(:name)")
                .param("name", email).query(Integer.class).single());
        assertThat(accounts).isEqualTo(1);
        await().atMost(Duration.ofSeconds(15)).until(() -> receivedBy(email).size() == 1);
        MimeMessage welcome = receivedBy(email).getFirst();
        assertThat(welcome.getSubject()).isEqualTo("Fictief Groenbedrijf Sallandse Heuvelrug is geregistreerd in Werkbrug");
        assertThat(welcome.getContent().toString())
                .contains("(KvK " + kvk + ")", "U logt in met uw e-mailadres " + email,
                        "https://werkbrug.twente.example/login")
                .doesNotContain("Een-wachtwoord-van-Nijverdal");
    }
}
