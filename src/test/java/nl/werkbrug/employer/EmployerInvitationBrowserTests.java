package nl.werkbrug.employer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.identity.EmployerRole;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.platform.OutgoingMail;
import nl.werkbrug.support.BrowserTest;
import nl.werkbrug.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The employer admin invites a colleague; the invitation mail lands in the developer outbox of the embedded default;
 * the colleague sets a password through its single-use link.
 */
@Execution(ExecutionMode.CONCURRENT)
class EmployerInvitationBrowserTests extends BrowserTest {

    static final String PASSWORD = "Werken-bij-de-Metaal-2026";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    EmployerInvitations invitations;

    @Autowired
    OutgoingMail mail;

    <T> T inTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }

    long demoCompany() {
        return inTransaction(() -> jdbc.sql("select id from employer_organisation where kvk_number = '12345678'")
                .query(Long.class).single());
    }

    PortalUser demoAdmin() {
        return new PortalUser("werkgever.demo", "Karin Wolters", Map.of(), Map.of(),
                new EmployerMembership(demoCompany(), EmployerRole.EMPLOYER_ADMIN), null);
    }

    /** Invites as the demo admin from a request to this portal, like the employer home does. */
    void inviteAsDemoAdmin(String email) {
        org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setServerName("localhost");
        request.setServerPort(port);
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(request));
        try {
            TestUsers.as(demoAdmin(), () -> invitations.invite(email));
        } finally {
            org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        }
    }

    /** The link in the newest outbox mail to this address. */
    String linkMailedTo(String email) {
        return mail.outbox(50).stream().filter(message -> message.to().equals(email)).findFirst().orElseThrow()
                .text().lines().filter(line -> line.startsWith("http")).findFirst().orElseThrow().strip();
    }

    @Test
    void the_admin_invites_a_colleague_who_sets_a_password_from_the_mail_link_which_then_is_used_up() {
        loginAndOpen("werkgever.demo", "werkgever");
        assertThat(page.locator("#colleagues")).containsText("Karin Wolters");
        assertAccessible();

        fillAndClick("#invite-email input", "piet.pels@metaalwerken.example", "#invite-send");

        assertThat(page.locator("#invite-status")).containsText("Uitnodiging verstuurd naar piet.pels@metaalwerken.example");
        assertThat(page.locator("#open-invitations")).containsText("piet.pels@metaalwerken.example");
        assertAccessible();

        // The colleague is someone else: a browser without the admin's session. The mail is read from the outbox
        // table (its page exists only with the dev profile, see DeveloperOutboxViewTests).
        signOut();
        var invitationMail = mail.outbox(50).stream()
                .filter(message -> message.to().equals("piet.pels@metaalwerken.example")).findFirst().orElseThrow();
        assertThat(invitationMail.subject()).isEqualTo("Uitnodiging voor Werkbrug van Twentse Metaalwerken B.V.");
        assertThat(invitationMail.text()).contains("Karin Wolters nodigt u uit");
        String link = linkMailedTo("piet.pels@metaalwerken.example");
        assertThat(link).startsWith(url("werkgever/uitnodiging/"));

        // Only the hash of the token is stored.
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(inTransaction(() -> jdbc.sql("select count(*) from employer_invitation where token_hash = :t or email = :t")
                .param("t", token).query(Integer.class).single())).isZero();
        assertThat(inTransaction(() -> jdbc.sql("select count(*) from employer_invitation where token_hash = :h")
                .param("h", EmployerInvitations.hash(token)).query(Integer.class).single())).isOne();

        page.navigate(link);
        settle();
        assertThat(page.locator("#invitation-intro")).containsText("Twentse Metaalwerken B.V.");
        assertAccessible();

        page.locator("#name input").fill("Piet Pels");
        page.locator("#username input").fill("piet.pels");
        page.locator("#password input").fill(PASSWORD);
        fillAndClick("#password-again input", "Werken-bij-de-Metaal-2025", "#accept");

        assertThat(page.locator("#password-again [slot=error-message]"))
                .hasText("De wachtwoorden zijn niet gelijk. Typ hetzelfde wachtwoord twee keer.");
        assertThat(page.locator("#name input")).hasValue("Piet Pels");
        assertThat(page.locator("#username input")).hasValue("piet.pels");
        assertAccessible();

        page.locator("#password-again input").fill(PASSWORD);
        clickAndSettle("#accept");
        assertThat(page.locator("#accepted")).containsText("gebruikersnaam piet.pels");

        page.locator("#login-link").click();
        page.waitForURL("**/login");
        typeLogin("piet.pels", PASSWORD);
        assertThat(page).hasURL(url("werkgever"));
        assertThat(page.locator("#company-name")).hasText("Twentse Metaalwerken B.V.");
        assertThat(page.locator("#colleagues")).containsText("Piet Pels");
        assertThat(page.locator("#colleagues")).containsText("Medewerker bedrijf");
        assertThat(page.locator("#invite-email")).hasCount(0);

        signOut();
        page.navigate(link);
        settle();
        assertThat(page.locator("#invitation-unusable")).hasText(
                "Deze uitnodiging is al gebruikt. Heeft u zelf al een account gemaakt? Log dan in. Anders kan de beheerder van uw bedrijf u opnieuw uitnodigen.");
        assertThat(page.locator("#username")).hasCount(0);
        assertAccessible();

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
            List<String> audited = inTransaction(() -> jdbc.sql(
                    "select action || ' ' || actor from audit_event where action like 'EMPLOYER_INVIT%' order by id").query(String.class).list());
            assertThat(audited).contains("EMPLOYER_INVITED werkgever.demo", "EMPLOYER_INVITATION_ACCEPTED piet.pels");
        });
    }

    @Test
    void an_expired_link_and_a_mangled_link_get_a_clear_dutch_message() {
        inviteAsDemoAdmin("te.laat@metaalwerken.example");
        String link = linkMailedTo("te.laat@metaalwerken.example");
        inTransaction(() -> jdbc.sql("""
                        update employer_invitation set created_at = now() - interval '73 hours', expires_at = now() - interval '1 hour'
                        where email = 'te.laat@metaalwerken.example'""").update());

        page.navigate(link);
        settle();

        assertThat(heading()).hasText("Uitnodiging voor Werkbrug");
        assertThat(page.locator("#invitation-unusable"))
                .hasText("Deze uitnodiging is verlopen. Vraag de beheerder van uw bedrijf om u opnieuw uit te nodigen.");
        assertThat(page.locator("#password")).hasCount(0);
        assertAccessible();

        open("werkgever/uitnodiging/" + link.substring(link.lastIndexOf('/') + 1, link.length() - 1));
        assertThat(page.locator("#invitation-unusable")).containsText("Deze uitnodigingslink klopt niet.");
    }

    @Test
    void only_an_employer_admin_may_invite_and_accepting_an_expired_invitation_is_refused_by_the_service() {
        PortalUser employee = new PortalUser("medewerker", "Medewerker", Map.of(), Map.of(),
                new EmployerMembership(demoCompany(), EmployerRole.EMPLOYER_USER), null);
        assertThatThrownBy(() -> TestUsers.as(employee, () -> invitations.invite("iemand@metaalwerken.example")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.as(TestUsers.consultant("consulent", "hengelo"),
                () -> invitations.invite("iemand@metaalwerken.example"))).isInstanceOf(AccessDeniedException.class);

        inviteAsDemoAdmin("verlopen@metaalwerken.example");
        String link = linkMailedTo("verlopen@metaalwerken.example");
        String token = link.substring(link.lastIndexOf('/') + 1);
        inTransaction(() -> jdbc.sql("""
                        update employer_invitation set created_at = now() - interval '73 hours', expires_at = now() - interval '1 second'
                        where email = 'verlopen@metaalwerken.example'""").update());

        assertThatThrownBy(() -> invitations.accept(token, new NewColleague("Te Laat", "te.laat", PASSWORD)))
                .isInstanceOfSatisfying(InvitationNotUsableException.class,
                        e -> assertThat(e.state()).isEqualTo(InvitationState.EXPIRED));
        assertThat(inTransaction(() -> jdbc.sql("select count(*) from identity_account('te.laat')")
                .query(Integer.class).single())).isZero();
    }
}
