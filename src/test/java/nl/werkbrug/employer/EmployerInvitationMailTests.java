package nl.werkbrug.employer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import nl.werkbrug.identity.EmployerAccounts;
import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.identity.EmployerRole;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.platform.OutgoingMail;
import nl.werkbrug.support.SmtpIntegrationTest;
import nl.werkbrug.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** With the outbox off, invitation mail goes out through real SMTP (GreenMail) and its link works. */
class EmployerInvitationMailTests extends SmtpIntegrationTest {

    @Autowired
    EmployerInvitations invitations;

    @Autowired
    EmployerAccounts accounts;

    @Autowired
    OutgoingMail mail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void the_invitation_is_sent_by_smtp_in_dutch_with_a_link_that_makes_the_colleague_an_employer_user() throws Exception {
        long company = new TransactionTemplate(transactions).execute(status -> jdbc.sql(
                "select id from employer_organisation where kvk_number = '12345678'").query(Long.class).single());
        PortalUser admin = new PortalUser("werkgever.demo", "Karin Wolters", Map.of(), Map.of(),
                new EmployerMembership(company, EmployerRole.EMPLOYER_ADMIN), null);

        TestUsers.as(admin, () -> invitations.invite("sanne.smit@metaalwerken.example"));

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("sanne.smit@metaalwerken.example");
        assertThat(received.getFrom()[0].toString()).contains("noreply@werkbrug.local");
        assertThat(received.getSubject()).isEqualTo("Uitnodiging voor Werkbrug van Twentse Metaalwerken B.V.");
        String text = received.getContent().toString();
        assertThat(text).contains("Karin Wolters nodigt u uit", "De link werkt één keer en is geldig tot");
        Matcher link = Pattern.compile("https://werkbrug\\.twente\\.example/werkgever/uitnodiging/([A-Za-z0-9_-]{43})").matcher(text);
        assertThat(link.find()).as("link in %s", text).isTrue();
        assertThat(mail.outbox(10)).isEmpty();

        invitations.accept(link.group(1), new NewColleague("Sanne Smit", "sanne.smit", "Lassen-en-zagen-2026"));

        assertThat(TestUsers.as(admin, () -> accounts.colleagues(company)))
                .anySatisfy(colleague -> {
                    assertThat(colleague.username()).isEqualTo("sanne.smit");
                    assertThat(colleague.email()).isEqualTo("sanne.smit@metaalwerken.example");
                    assertThat(colleague.role()).isEqualTo(EmployerRole.EMPLOYER_USER);
                });
        assertThat(invitations.check(link.group(1)).state()).isEqualTo(InvitationState.USED);
    }
}
