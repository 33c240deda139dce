package nl.werkbrug.dashboards.ui;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import nl.werkbrug.dashboards.FigureMatrix;
import nl.werkbrug.dashboards.KpiDefinition;
import nl.werkbrug.tenancy.TenantDocuments;
import nl.werkbrug.tenancy.TenantDocuments.Line;

/**
 * The regional dashboard as a printable PDF (PDFBox, through {@link TenantDocuments} as the letters are): period,
 * peildatum and the suppression note first, then per KPI its name, unit and version, its formula, the figure of
 * each municipality and the region's total, and where its definition is. The small-cell rule is applied: a PDF
 * leaves the portal.
 */
final class RegionPdf {

    /** The region's letterhead: it has no brand colours of its own. */
    private static final Color LETTERHEAD = new Color(0x1F, 0x3A, 0x5F);

    private RegionPdf() {
    }

    static Anchor link(TenantDocuments documents, String region, FigureMatrix matrix, FigureTexts texts, String title) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = render(documents, region, matrix, texts, title);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "dashboard-regio.pdf", "application/pdf",
                    bytes.length);
        }), texts.t("dashboard.export.pdf"));
        anchor.setId("region-pdf");
        return anchor;
    }

    static byte[] render(TenantDocuments documents, String region, FigureMatrix shown, FigureTexts texts, String title) {
        FigureMatrix matrix = shown.withSuppression();
        List<Line> lines = new ArrayList<>();
        lines.add(Line.title(title));
        lines.add(Line.text(texts.t("dashboard.export.period") + ": " + texts.period(matrix.period())));
        lines.add(Line.text(texts.t("dashboard.export.as-of") + ": " + texts.date(matrix.peildatum())));
        lines.add(Line.text(texts.t("dashboard.export.suppression") + ": " + texts.t("dashboard.suppressed.note")));
        for (int column = 0; column < matrix.kpis().size(); column++) {
            KpiDefinition kpi = matrix.kpis().get(column);
            lines.add(Line.gap());
            lines.add(Line.heading(texts.kpiHeader(kpi)));
            lines.add(Line.text(kpi.formula().in(texts.locale())));
            for (FigureMatrix.Row row : matrix.rows()) {
                lines.add(Line.text(texts.rowLabel(matrix, row) + ": " + texts.cell(kpi, row.cells().get(column))));
            }
            lines.add(Line.text(texts.totalLabel(matrix) + ": " + texts.cell(kpi, matrix.total().cells().get(column))));
            lines.add(Line.text(texts.t("dashboard.pdf.definition", kpi.source(), kpi.basis(), kpi.link())));
        }
        return documents.render(region, LETTERHEAD, Color.WHITE, title, lines);
    }
}
