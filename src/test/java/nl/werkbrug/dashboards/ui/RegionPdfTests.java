package nl.werkbrug.dashboards.ui;

import static nl.werkbrug.dashboards.ui.FigureExportTests.OUTFLOW;
import static nl.werkbrug.dashboards.ui.FigureExportTests.count;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import nl.werkbrug.dashboards.FigureMatrix;
import nl.werkbrug.dashboards.ReportingPeriod;
import nl.werkbrug.tenancy.TenantDocuments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The regional dashboard as a printable PDF, read back as text: period, peildatum, suppression note and definition
 * present; Losser's 3 and Tubbergen's 7 (which 22 - 12 - 3 would give away) suppressed, Oldenzaal's 12 and the
 * total 22 shown.
 */
class RegionPdfTests {

    private final FigureTexts texts = new FigureTexts(Locale.forLanguageTag("nl-NL"),
            (key, arguments) -> key + (arguments.length == 0 ? "" : List.of(arguments).toString()));

    private static FigureMatrix region() {
        return new FigureMatrix(FigureMatrix.RowKind.MUNICIPALITY, List.of(OUTFLOW),
                List.of(new FigureMatrix.Row("losser", "Losser", List.of(count(3))),
                        new FigureMatrix.Row("oldenzaal", "Oldenzaal", List.of(count(12))),
                        new FigureMatrix.Row("tubbergen", "Tubbergen", List.of(count(7)))),
                new FigureMatrix.Row("twente", "Twente", List.of(count(22))),
                ReportingPeriod.year(2011), LocalDate.of(2026, 12, 2), false);
    }

    @Test
    void the_pdf_applies_the_small_cell_rule_and_states_period_peildatum_and_definition() throws IOException {
        byte[] pdf = RegionPdf.render(new TenantDocuments(), "Twente", region(), texts, "Dashboard regio Twente");

        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Dashboard regio Twente");
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Losser: dashboard.suppressed", "Tubbergen: dashboard.suppressed", "Oldenzaal: 12",
                "dashboard.total[Twente]: 22");
        assertThat(text).contains("dashboard.export.period: 2011", "dashboard.export.as-of: 2 december 2026",
                "dashboard.suppressed.note", "Aantal ...",
                "dashboard.pdf.definition[Werkbrug, module candidates, Participatiewet art. 7,", "#kpi-uitstroom-werk]");
        assertThat(text).doesNotContain("Losser: 3", "Tubbergen: 7");
    }
}
