package nl.werkbrug.casework;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werkbrug.support.TestUsers.as;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.werkbrug.candidates.CandidateFileDetail;
import nl.werkbrug.candidates.CandidateFiles;
import nl.werkbrug.candidates.CandidateFixtures;
import nl.werkbrug.candidates.ContactKind;
import nl.werkbrug.candidates.FileEntry;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.identity.TenantRole;
import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditEntry;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.platform.AuditQuery;
import nl.werkbrug.support.BrowserTest;
import nl.werkbrug.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CaseloadBrowserTests extends BrowserTest {

    @Autowired
    CandidateFiles files;

    @Autowired
    AuditLog audit;

    @Test
    void the_hengelo_consultant_finds_a_file_in_the_team_caseload_exports_it_and_a_filter_survives_a_reload() throws IOException {
        String familyName = "Cbt" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36);
        PortalUser consultant = TestUsers.consultant("consulent.hengelo", "hengelo");
        CandidateFileDetail file = as(consultant, "hengelo",
                () -> files.open(null, CandidateFixtures.identity("Hanna", familyName)));
        as(consultant, "hengelo", () -> files.recordContact(file.id(),
                new FileEntry.ContactEntry(ContactKind.TELEFOON, LocalDate.of(2026, 2, 3), "Gebeld")));
        loginAndOpen("consulent.hengelo", "gemeente/hengelo/werkvoorraad?zoek=" + familyName);

        assertThat(heading()).hasText("Werkvoorraad Hengelo");
        assertThat(page.locator("#caseload-norm")).containsText("van norm 60 per fte");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Team: alle dossiers van de gemeente")).click();
        assertThat(page).hasURL(Pattern.compile(".*/gemeente/hengelo/werkvoorraad\\?.*weergave=team.*"));
        assertThat(page.locator("#caseload-count")).hasText("1 dossier");
        assertThat(page.locator("#caseload")).containsText("Hanna " + familyName);
        assertThat(page.locator("#caseload")).containsText("3 feb 2026");
        assertThat(page.locator("#caseload")).containsText("Te lang niet gesproken");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(file.fileNumber())))
                .hasAttribute("href", "gemeente/hengelo/dossiers/" + file.id());
        settle();
        assertAccessible();

        page.locator("#caseload-rung input").click();
        assertThat(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Nog niet bepaald"))).isVisible();
        assertAccessible(); // with the list of rungs open
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("3 – Georganiseerde activiteiten")).click();
        assertThat(page.locator("#caseload-count")).hasText("0 dossiers");
        page.locator("#caseload-rung input").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Nog niet bepaald")).click();
        assertThat(page.locator("#caseload-count")).hasText("1 dossier");
        assertThat(page).hasURL(Pattern.compile(".*trede=0.*"));
        settle();
        Download download = page.waitForDownload(() -> page.locator("#caseload-export").click());
        org.assertj.core.api.Assertions.assertThat(Files.readString(download.path(), StandardCharsets.UTF_8)).startsWith(
                "\uFEFFDossiernummer;Naam;Trede participatieladder;Laatste contact;Te lang niet gesproken;Traject;"
                        + "Consulent;Sinds\r\n" + file.fileNumber() + ";Hanna " + familyName
                        + ";Nog niet bepaald;3 feb 2026;ja;Geen traject;consulent.hengelo;");
        org.assertj.core.api.Assertions.assertThat(as(TestUsers.withTenantRole("caseload.audit", "hengelo",
                        TenantRole.TENANT_ADMIN), "hengelo", () -> audit.tenantEntries(
                        new AuditQuery(AuditAction.PERSONAL_DATA_VIEWED, "consulent.hengelo", null, null, 5))))
                .extracting(AuditEntry::subject, AuditEntry::detail)
                .contains(org.assertj.core.groups.Tuple.tuple("werkvoorraad",
                        "caseload exported as CSV (names, no BSN), lines: 1"));

        page.locator("#caseload-text input").fill("Qqgeenkandidaat");
        assertThat(page.locator("#caseload-count")).hasText("0 dossiers");
        assertThat(page.locator("#caseload")).containsText("Geen dossiers voldoen aan deze filters.");
        assertThat(page).hasURL(Pattern.compile(".*zoek=Qqgeenkandidaat.*"));

        page.reload();
        settle();
        assertThat(page.locator("#caseload-text input")).hasValue("Qqgeenkandidaat");
        assertThat(page.locator("#caseload-count")).hasText("0 dossiers");
    }
}
