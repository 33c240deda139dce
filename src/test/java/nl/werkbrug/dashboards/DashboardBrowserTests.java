package nl.werkbrug.dashboards;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.IntStream;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import nl.werkbrug.candidates.CandidateFileDetail;
import nl.werkbrug.candidates.CandidateFiles;
import nl.werkbrug.candidates.CandidateFixtures;
import nl.werkbrug.candidates.FileEntry;
import nl.werkbrug.candidates.OutflowReason;
import nl.werkbrug.dashboards.Fact.Kind;
import nl.werkbrug.support.BrowserTest;
import nl.werkbrug.support.TestUsers;
import nl.werkbrug.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The coordinator's regional dashboard in a real browser: a consultant's outflow moves the figure once its event is
 * processed, a small cell is suppressed with the note, drill-down to a municipality, CSV and XLSX downloads, axe on
 * every page; and a municipality's own dashboard, which another municipality's admin cannot open.
 */
@org.junit.jupiter.api.parallel.Execution(org.junit.jupiter.api.parallel.ExecutionMode.CONCURRENT)
class DashboardBrowserTests extends BrowserTest {

    private static final String OUTFLOW_CELL = "#region-figures-figures tr[data-row='borne'] td[data-kpi='uitstroom-werk']";

    @Autowired
    Projector projector;

    @Autowired
    Dashboards dashboards;

    @Autowired
    CandidateFiles files;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Clock clock;

    /**
     * Earlier outflow this year (facts as the listener would keep them): Borne 20, Hellendoorn 6, Hengelo 6 (for its
     * time axis); Haaksbergen 2 introductions. The journey's outflow is Borne's: no test that runs beside it records an outflow there (the
     * referral journey's hire is an outflow in Hengelo), so the figure moves by exactly one.
     */
    private void earlierFacts() {
        LocalDate today = LocalDate.now(clock);
        seed("borne", 20, i -> Fact.of(Kind.OUTFLOW, "browser-" + i, today, "WERK"));
        seed("hellendoorn", 6, i -> Fact.of(Kind.OUTFLOW, "browser-" + i, today, "WERK"));
        seed("haaksbergen", 2, i -> Fact.of(Kind.INTRODUCTION_REQUESTED, "browser-" + i, today, null));
        seed("hengelo", 6, i -> Fact.of(Kind.OUTFLOW, "browser-axis-" + i, today, "WERK"));
    }

    private void seed(String tenant, int count, java.util.function.IntFunction<Fact> fact) {
        TenantContext.runAs(tenant, () -> transaction.executeWithoutResult(status ->
                IntStream.rangeClosed(1, count).forEach(i -> projector.record(tenant, "twente", fact.apply(i)))));
        projector.catchUp(tenant);
    }

    private int borneOutflowSeenByTheCoordinator() {
        FigureMatrix region = TestUsers.as(TestUsers.coordinator("coordinator.twente"),
                () -> dashboards.region(dashboards.periods().getFirst()));
        int column = region.kpis().stream().map(KpiDefinition::id).toList().indexOf("uitstroom-werk");
        return region.rows().stream().filter(row -> row.key().equals("borne")).findFirst().orElseThrow()
                .cells().get(column).cases();
    }

    @Test
    void the_coordinator_sees_an_outflow_move_the_figure_drills_down_sees_a_small_cell_suppressed_and_downloads() throws IOException, InterruptedException {
        earlierFacts();
        loginAndOpen("coordinator.twente", "regio/twente/dashboard");

        assertThat(heading()).hasText("Dashboard regio Twente");
        assertThat(page.locator("#region-figures-as-of")).containsText("peildatum");
        int before = Integer.parseInt(page.locator(OUTFLOW_CELL).innerText().strip());
        assertThat(before).isGreaterThanOrEqualTo(20);
        // two introductions in Haaksbergen: a small cell, suppressed, and the note says so
        assertThat(page.locator("#region-figures-figures tr[data-row='haaksbergen'] td[data-kpi='kennismakingen']"))
                .hasText("onderdrukt");
        assertThat(page.locator("#region-figures-suppressed-note")).containsText("1 tot en met 4");
        // the chart is drawn (ECharts, SVG) and labelled for screen readers with the table that holds its figures
        assertThat(page.locator("werkbrug-chart#dashboard-chart svg").first()).isAttached();
        assertThat(page.locator("#dashboard-chart")).hasAttribute("aria-label",
                java.util.regex.Pattern.compile(".*Kengetallen per gemeente.*"));
        assertAccessible();

        // a Borne consultant records an outflow to work; the event is processed after the commit
        var consultant = TestUsers.consultant("consulent.borne", "borne");
        CandidateFileDetail file = TestUsers.as(consultant, "borne",
                () -> files.open(null, CandidateFixtures.identity("Dirk", "Dashboard")));
        TestUsers.as(consultant, "borne", () -> files.recordOutflow(file.id(),
                new FileEntry.OutflowEntry(OutflowReason.WERK, LocalDate.now(clock))));
        long deadline = System.currentTimeMillis() + 30_000;
        while (borneOutflowSeenByTheCoordinator() < before + 1 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        open("regio/twente/dashboard");
        assertThat(page.locator(OUTFLOW_CELL)).hasText(String.valueOf(before + 1));

        // downloads: the same table with period, peildatum, the suppression and the definitions
        Download csv = page.waitForDownload(() -> page.locator("#region-figures-csv").click());
        String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
        assertThat(text).contains("Peildatum", "onderdrukt", "Borne;", "Uitstroom naar werk (personen, versie 1)",
                "Werkbrug, module candidates: gebeurtenis OutflowRecorded met reden WERK");
        Download xlsx = page.waitForDownload(() -> page.locator("#region-figures-xlsx").click());
        byte[] workbook = Files.readAllBytes(xlsx.path());
        assertThat(new String(workbook, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");

        // the printable PDF and the open data of this year, described by OpenAPI
        Download pdf = page.waitForDownload(() -> page.locator("#region-pdf").click());
        assertThat(new String(Files.readAllBytes(pdf.path()), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        assertThat(page.locator("#open-data-json")).hasAttribute("href",
                "api/public/dashboards/twente?jaar=" + LocalDate.now(clock).getYear());
        assertThat(page.locator("#open-data-openapi")).hasAttribute("href", "api/public/openapi.json");
        // ambition and realisation per municipality: Almelo's sources set none, Hellendoorn's nine
        assertThat(page.locator("#region-ambitions-table tr[data-row='almelo'] td")).hasText("ontbreekt");
        assertThat(page.locator("#region-ambitions-table tr[data-row='hellendoorn'] td").first()).hasText("9");

        // drill-down into Borne: month by month
        Locator borne = page.locator("#region-figures-figures tr[data-row='borne'] a");
        followTo(borne, "**/regio/twente/dashboard/borne");
        assertThat(heading()).hasText("Dashboard Borne");
        assertThat(page.locator("#municipality-figures-figures tfoot td[data-kpi='uitstroom-werk']"))
                .hasText(String.valueOf(before + 1));
        assertThat(page.locator("#history-none")).containsText("geen historische cijfers");
        assertThat(page.locator("#ambitions-none")).containsText("ontbreekt");
        assertAccessible();

        // Hengelo: its sources' outflow in employment 2012..2017 and this year's live outflow on one axis; the
        // total including the self-employed under another definition, named and not joined; the ambitions judged
        open("regio/twente/dashboard/hengelo");
        Locator axis = page.locator("#history-axis-uitstroom-werk tbody tr");
        assertThat(axis.first()).containsText("2012");
        assertThat(axis.first().locator("td").first()).hasText("198");
        assertThat(page.locator("#history-axis-uitstroom-werk tbody tr[data-origin='live']").last())
                .containsText(String.valueOf(LocalDate.now(clock).getYear()));
        assertThat(page.locator(".history-other-definition[data-series='beeindigd-betaalde-arbeid-totaal']"))
                .containsText("Andere definitie");
        assertThat(page.locator("#ambitions-table tr[data-ambition='preventiequote-55'] td[data-verdict]"))
                .hasText("niet te beoordelen: de realisatie beslaat een deel van de periode");
        assertAccessible();
    }

    @Test
    void a_municipality_s_admin_sees_its_own_dashboard_and_not_another_municipality_s() {
        loginAndOpen("beheer.enschede", "gemeente/enschede/dashboard");
        assertThat(heading()).hasText("Dashboard Enschede");
        // the sources' lasting outflow (12 months, work and school) is not the live one (6 months, work)
        assertThat(page.locator(".history-other-definition[data-series='duurzame-uitstroom']")).containsText("twaalf maanden");
        assertAccessible();

        open("gemeente/hengelo/dashboard");
        assertThat(heading()).hasText("Geen toegang");
        assertThat(page.getByText("Dashboard Hengelo")).hasCount(0);
        assertThat(page.locator("#tenant-figures")).hasCount(0);
    }
}
