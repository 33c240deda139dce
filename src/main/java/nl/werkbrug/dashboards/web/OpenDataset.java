package nl.werkbrug.dashboards.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.werkbrug.dashboards.Cell;
import nl.werkbrug.dashboards.FigureMatrix;
import nl.werkbrug.dashboards.KpiDefinition;
import org.jspecify.annotations.Nullable;

/**
 * The regional dashboard's table as open data: every KPI per municipality and the region's total, after the
 * small-cell rule. A suppressed figure has no value; the counts behind a figure are never part of it.
 */
@Schema(description = "De kengetallen van de regio per gemeente, na onderdrukking van kleine aantallen")
public record OpenDataset(
        @Schema(description = "Regio, bijvoorbeeld 'twente'") String region,
        @Schema(description = "Naam van de regio") String regionName,
        @Schema(description = "Eerste maand van de periode (jjjj-mm)") String from,
        @Schema(description = "Laatste maand van de periode (jjjj-mm)") String to,
        @Schema(description = "Peildatum: de dag waarop de cijfers voor het laatst zijn herberekend") LocalDate peildatum,
        @Schema(description = "Hoe kleine aantallen zijn onderdrukt") String suppression,
        @Schema(description = "De definities van de kengetallen") List<Kpi> kpis,
        @Schema(description = "Per gemeente de kengetallen") List<Area> municipalities,
        @Schema(description = "Het totaal van de regio") Area total) {

    static final String SUPPRESSION = "Een aantal van 1 tot en met 4 personen of gevallen, of een cel waaruit zo'n "
            + "aantal is af te leiden (een bedrag of percentage van minder dan 5 gevallen, of een totaal min de andere "
            + "cellen), is onderdrukt: 'suppressed' is dan waar en 'value' leeg.";

    /** A KPI's definition, as the definitions page gives it. */
    public record Kpi(String id, int version, KpiDefinition.Texts name, KpiDefinition.Texts unit,
                      @Schema(description = "COUNT, AMOUNT (euro), SHARE (procent) of STOCK (stand aan het eind)") String measure,
                      KpiDefinition.Texts formula, String source, String basis,
                      @Schema(description = "Waar de definitie in het portaal staat") String definition) {
    }

    /** A municipality or the region, with one figure per KPI in the order of {@code kpis}. */
    public record Area(String id, String name, List<Figure> figures) {
    }

    /** One figure: its value, or none when nothing was recorded or when it is suppressed. */
    public record Figure(String kpi, @Nullable BigDecimal value, boolean suppressed) {
    }

    static OpenDataset of(String region, String regionName, FigureMatrix shown) {
        FigureMatrix matrix = shown.withSuppression();
        List<Kpi> kpis = matrix.kpis().stream().map(kpi -> new Kpi(kpi.id(), kpi.version(), kpi.name(), kpi.unit(),
                kpi.measure().name(), kpi.formula(), kpi.source(), kpi.basis(), "/" + kpi.link())).toList();
        return new OpenDataset(region, regionName, matrix.period().from().toString(), matrix.period().to().toString(),
                matrix.peildatum(), SUPPRESSION, kpis,
                matrix.rows().stream().map(row -> area(matrix, row)).toList(), area(matrix, matrix.total()));
    }

    private static Area area(FigureMatrix matrix, FigureMatrix.Row row) {
        List<Figure> figures = new java.util.ArrayList<>();
        for (int column = 0; column < matrix.kpis().size(); column++) {
            Cell cell = row.cells().get(column);
            figures.add(new Figure(matrix.kpis().get(column).id(), cell.suppressed() ? null : cell.value(), cell.suppressed()));
        }
        return new Area(row.key(), row.label(), List.copyOf(figures));
    }

    /** One line per municipality (and the total) and KPI: the long format open-data portals read. */
    List<List<Object>> lines() {
        List<List<Object>> lines = new java.util.ArrayList<>();
        List<Area> areas = new java.util.ArrayList<>(municipalities);
        areas.add(total);
        for (Area area : areas) {
            for (int column = 0; column < kpis.size(); column++) {
                Kpi kpi = kpis.get(column);
                Figure figure = area.figures().get(column);
                lines.add(List.of(region, area.id(), area.name(), kpi.id(), kpi.version(), kpi.unit().nl(), from, to,
                        peildatum.toString(), figure.value() == null ? "" : figure.value().toPlainString(),
                        figure.suppressed()));
            }
        }
        return lines;
    }

    static final List<String> CSV_HEADER = List.of("regio", "gebied", "naam", "kengetal", "versie", "eenheid", "van",
            "tot", "peildatum", "waarde", "onderdrukt");
}
