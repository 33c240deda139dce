package nl.werkbrug.dashboards.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.werkbrug.dashboards.Cell;
import nl.werkbrug.dashboards.FigureMatrix;
import nl.werkbrug.dashboards.KpiDefinition;
import nl.werkbrug.dashboards.ReportingPeriod;
import nl.werkbrug.platform.Formats;

/** How figures, periods, rows and column heads read in one language: on screen, in charts and in exports. */
record FigureTexts(Locale locale, Translator translator) {

    /** The component's translations in this language. */
    interface Translator {
        String translate(String key, Object... arguments);
    }

    static final String NOTHING = "–";

    Formats formats() {
        return Formats.of(locale);
    }

    String t(String key, Object... arguments) {
        return translator.translate(key, arguments);
    }

    String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", formats().locale()).format(month);
    }

    String period(ReportingPeriod period) {
        return switch (period.kind()) {
            case YEAR -> String.valueOf(period.from().getYear());
            case MONTH -> month(period.from());
            case LAST_TWELVE_MONTHS -> t("dashboard.period.last-twelve", month(period.from()), month(period.to()));
        };
    }

    String date(LocalDate day) {
        return formats().longDate(day);
    }

    /** "Periode 2026 · peildatum 2 december 2026". */
    String asOf(FigureMatrix matrix) {
        return t("dashboard.as-of", period(matrix.period()), date(matrix.peildatum()));
    }

    String rowLabel(FigureMatrix matrix, FigureMatrix.Row row) {
        return matrix.rowKind() == FigureMatrix.RowKind.MONTH && row != matrix.total()
                ? month(YearMonth.parse(row.key())) : row.label();
    }

    String totalLabel(FigureMatrix matrix) {
        return t("dashboard.total", matrix.total().label());
    }

    String firstColumn(FigureMatrix matrix) {
        return t("dashboard.column." + matrix.rowKind().name().toLowerCase(Locale.ROOT));
    }

    String kpiName(KpiDefinition kpi) {
        return kpi.name().in(locale);
    }

    /** "Uitstroom naar werk (personen, versie 1)". */
    String kpiHeader(KpiDefinition kpi) {
        return t("dashboard.kpi.header", kpiName(kpi), kpi.unit().in(locale), kpi.version());
    }

    /** A cell as text: Dutch number formats, the suppression in words, a dash for nothing recorded. */
    String cell(KpiDefinition kpi, Cell cell) {
        if (cell.suppressed()) {
            return t("dashboard.suppressed");
        }
        if (cell.value() == null) {
            return NOTHING;
        }
        return switch (kpi.measure()) {
            case COUNT, STOCK, NUMBER -> formats().number(cell.value());
            case AMOUNT -> formats().money(cell.value());
            case SHARE -> formats().percentage(cell.value());
        };
    }
}
