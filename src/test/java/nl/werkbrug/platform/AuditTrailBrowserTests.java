package nl.werkbrug.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.werkbrug.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(ExecutionMode.CONCURRENT)
class AuditTrailBrowserTests extends BrowserTest {

    @Test
    void a_refused_visit_to_hengelo_shows_in_hengelos_audit_trail_and_not_in_enscheders() throws IOException {
        login("consulent.enschede");
        open("gemeente/hengelo/werkvoorraad");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Geen toegang");
        signOut();

        showTrail("beheer.hengelo", "gemeente/hengelo/audit", "consulent.enschede");

        assertThat(page.locator("#audit")).containsText("Toegang geweigerd");
        assertThat(page.locator("#audit")).containsText("/gemeente/hengelo/werkvoorraad");
        assertThat(page.locator("#audit vaadin-button, #audit button")).hasCount(0);
        assertAccessible();

        Download download = page.waitForDownload(() -> page.locator("#audit-export").click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("audittrail.csv");
        org.assertj.core.api.Assertions.assertThat(csv).startsWith("\uFEFFTijdstip;Gemeente;Gebruiker;Gebeurtenis;Onderwerp;Toelichting;Vanaf adres")
                .contains("hengelo;consulent.enschede;Toegang geweigerd;/gemeente/hengelo/werkvoorraad");
        signOut();

        showTrail("beheer.enschede", "gemeente/enschede/audit", "consulent.enschede");
        assertThat(page.locator("#audit")).not().containsText("/gemeente/hengelo/werkvoorraad");
    }

    @Test
    void a_switch_of_municipality_is_audited_for_the_municipality_switched_to() throws IOException {
        login("werkcoach.hengelo");
        open("gemeente/haaksbergen");
        page.locator("#tenant-switcher").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Hengelo")).click();
        page.waitForURL("**/gemeente/hengelo/werkvoorraad");
        signOut();

        // Hengelo's tenant admin sees the switch to Hengelo, by the consultant who made it.
        showTrail("beheer.hengelo", "gemeente/hengelo/audit", "werkcoach.hengelo");
        assertThat(page.locator("#audit")).containsText("Gemeente gewisseld");
        assertThat(page.locator("#audit")).containsText("haaksbergen -> hengelo");
        Download download = page.waitForDownload(() -> page.locator("#audit-export").click());
        org.assertj.core.api.Assertions.assertThat(Files.readString(download.path(), StandardCharsets.UTF_8))
                .contains(";hengelo;werkcoach.hengelo;Gemeente gewisseld;gemeente;haaksbergen -> hengelo;");
        signOut();

        // The region's trail holds region-level entries only: the switch belongs to the municipality.
        showTrail("coordinator.twente", "regio/twente/audit", "werkcoach.hengelo");

        assertThat(page.locator("#audit")).containsText("Ingelogd");
        assertThat(page.locator("#audit")).not().containsText("Gemeente gewisseld");
        assertAccessible();
    }

    /** Logs in as {@code reader}, opens the audit trail at {@code path} and filters it on {@code actor}. */
    private void showTrail(String reader, String path, String actor) {
        login(reader);
        open(path);
        page.getByLabel("Gebruiker").first().fill(actor);
        settle();
    }
}
