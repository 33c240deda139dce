package nl.werkbrug.dashboards.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;

import nl.werkbrug.dashboards.Cell;
import nl.werkbrug.dashboards.FigureMatrix;
import nl.werkbrug.dashboards.KpiDefinition;
import nl.werkbrug.dashboards.ReportingPeriod;
import org.junit.jupiter.api.Test;

/**
 * A municipality's own table, unsuppressed on screen, as a download: the small-cell rule applied, period,
 * peildatum and definitions included, a formula-looking label defused, and in XLSX the figures as numbers.
 */
class FigureExportTests {

    static final KpiDefinition OUTFLOW = new KpiDefinition("uitstroom-werk", 1,
            new KpiDefinition.Texts("Uitstroom naar werk", "Outflow to work"), KpiDefinition.Measure.COUNT,
            new KpiDefinition.Texts("personen", "people"), new KpiDefinition.Texts("Aantal ...", "Number ..."),
            "Werkbrug, module candidates", "Participatiewet art. 7", KpiDefinition.PeriodType.MONTH, "Regio Twente", false);

    private final FigureTexts texts = new FigureTexts(Locale.forLanguageTag("nl-NL"),
            (key, arguments) -> key + (arguments.length == 0 ? "" : List.of(arguments).toString()));

    static Cell count(int n) {
        return new Cell(BigDecimal.valueOf(n), n, null, false);
    }

    /** March 3, April 12, May 9 (total 24): what a municipality's staff see in full. */
    private FigureMatrix own() {
        return new FigureMatrix(FigureMatrix.RowKind.INSTRUMENT, List.of(OUTFLOW),
                List.of(new FigureMatrix.Row("=HYPERLINK(\"x\")", "=HYPERLINK(\"x\")", List.of(count(3))),
                        new FigureMatrix.Row("b", "b", List.of(count(12))),
                        new FigureMatrix.Row("c", "c", List.of(count(9)))),
                new FigureMatrix.Row("enschede", "Enschede", List.of(count(24))),
                ReportingPeriod.year(2026), LocalDate.of(2026, 12, 2), false);
    }

    @Test
    void the_csv_of_an_unsuppressed_table_suppresses_the_small_cell_and_the_one_that_would_give_it_away() {
        String csv = new String(FigureExport.csv(own(), texts, "Tabel"), StandardCharsets.UTF_8);

        // 3 is small; 24 - 12 - 9 would give it, so the smallest other (9) goes too; 12 and the total stay
        assertThat(csv).contains("'=HYPERLINK(\"\"x\"\")\";dashboard.suppressed", "b;12", "c;dashboard.suppressed",
                "dashboard.total[Enschede];24");
        assertThat(csv).contains("dashboard.export.period;2026", "dashboard.export.as-of;2 december 2026",
                "dashboard.kpi.header[Uitstroom naar werk, personen, 1]",
                "uitstroom-werk;1;Uitstroom naar werk;personen;Aantal ...;Werkbrug, module candidates;Participatiewet art. 7;Regio Twente");
        assertThat(csv).doesNotContain(";3\r\n", ";9\r\n", ";3\n", ";9\n");
    }

    @Test
    void the_xlsx_holds_the_shown_figures_as_numbers_and_the_suppressed_ones_as_the_word() throws IOException {
        byte[] xlsx = FigureExport.xlsx(own(), texts, "Tabel");

        // fastexcel streams its zip with data descriptors: read it through the central directory
        Path file = Files.createTempFile("dashboard", ".xlsx");
        Files.write(file, xlsx);
        String sheet;
        String shared;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
            shared = new String(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            Files.delete(file);
        }
        assertThat(sheet).contains("<c r=\"B8\" t=\"n\"><v>12</v>", "<c r=\"B10\" t=\"n\"><v>24</v>")
                .doesNotContain("t=\"n\"><v>3</v>", "t=\"n\"><v>9</v>");
        assertThat(shared).contains("dashboard.suppressed", "dashboard.export.definitions");
    }
}
