package nl.werkbrug.dashboards;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * One projected figure of a municipality: a KPI in a month, in total ({@link #TOTAL}) or for one instrument.
 *
 * @param cases     the number of people or cases (COUNT, STOCK), of cases behind an amount (AMOUNT), or the
 *                  denominator (SHARE)
 * @param numerator the cases that count (SHARE only)
 * @param amount    the euros (AMOUNT only)
 */
record Figure(String kpi, YearMonth month, String dimension, int cases, @Nullable Integer numerator,
              @Nullable BigDecimal amount) {

    static final String TOTAL = "";
}
