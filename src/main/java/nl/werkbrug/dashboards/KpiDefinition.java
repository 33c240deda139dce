package nl.werkbrug.dashboards;

import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/**
 * What a figure on the dashboards means, read from {@code dashboards/kpi-definitions.yaml}: every figure shown names
 * its definition and version and links to it.
 *
 * @param byInstrument whether the figure is also kept per instrument code
 */
public record KpiDefinition(@NotBlank @Pattern(regexp = "[a-z][a-z-]*") String id, @Positive int version,
                            @NotNull @Valid Texts name, @NotNull Measure measure, @NotNull @Valid Texts unit,
                            @NotNull @Valid Texts formula, @NotBlank String source, @NotBlank String basis,
                            @NotNull PeriodType periodType, @NotBlank String owner, boolean byInstrument) {

    /** How a figure adds up over a period and over municipalities. */
    public enum Measure {
        /** A number of people or cases in the period: months and municipalities add up. */
        COUNT,
        /** Euros, with the number of cases behind them (for suppression). */
        AMOUNT,
        /** A percentage: numerator of a number of cases. */
        SHARE,
        /** A number at the end of the period (the last month's), adding up over municipalities only. */
        STOCK,
        /** A decimal number (such as jobs of 25.5 hours), with the number of cases behind it (for suppression). */
        NUMBER
    }

    public enum PeriodType { MONTH }

    /** A Dutch and an English text. */
    public record Texts(@NotBlank String nl, @NotBlank String en) {

        public String in(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : nl;
        }
    }

    /** The address of this definition on the definitions page. */
    public String link() {
        return "dashboard/definities#kpi-" + id;
    }
}
