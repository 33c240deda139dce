package nl.werkbrug.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.werkbrug.dashboards.Fact.Kind;
import org.junit.jupiter.api.Test;

/**
 * The incremental projection recomputes the cells a new fact touches as {@link KpiCalculator#FEEDS} names them: a fact
 * of any kind must count in no other KPI or month, or a cell would be left stale until the next rebuild.
 */
class KpiCalculatorTests {

    private static final LocalDate DAY = LocalDate.of(2019, 3, 14);

    @Test
    void a_fact_counts_only_in_the_kpis_its_kind_feeds_and_only_in_its_own_month() {
        for (Kind kind : Kind.values()) {
            // a fact with everything filled in, and the facts of its subject it may read
            Fact fact = new Fact(kind + ":1", kind, "1", DAY, "WERK", "P8W", new BigDecimal("30"), 2, 3, true);
            List<Fact> withSubject = List.of(fact,
                    new Fact("REQUEST_SUBMITTED:1", Kind.REQUEST_SUBMITTED, "1", DAY.minusMonths(2), "LKS", "P8W", null, null, null, null),
                    new Fact("PLACEMENT:1", Kind.PLACEMENT, "1", DAY.plusMonths(2), "PERMANENT", null, new BigDecimal("30"), null, null, true));
            Set<String> expected = new HashSet<>(KpiCalculator.FEEDS.getOrDefault(kind, Set.of()));
            KpiCalculator.flows(withSubject).stream()
                    .filter(figure -> figure.month().equals(YearMonth.from(DAY)))
                    .forEach(figure -> assertThat(expected).as(kind + " counts in " + figure.kpi()).contains(figure.kpi()));
            assertThat(KpiCalculator.flows(List.of(fact))).as(kind.name()).allSatisfy(figure -> {
                assertThat(figure.month()).isEqualTo(YearMonth.from(DAY));
                assertThat(expected).contains(figure.kpi());
            });
        }
    }

    @Test
    void the_pool_size_from_a_month_on_continues_from_the_running_sum_before_it() {
        List<Fact> facts = List.of(
                Fact.of(Kind.POOL_JOINED, "a", LocalDate.of(2019, 1, 5), null),
                Fact.of(Kind.POOL_JOINED, "b", LocalDate.of(2019, 1, 6), null),
                Fact.of(Kind.POOL_LEFT, "a", LocalDate.of(2019, 2, 7), null),
                Fact.of(Kind.POOL_JOINED, "c", LocalDate.of(2019, 3, 8), null));
        // by hand: January 2, February 1, March 2, April 2 (the current month)
        assertThat(KpiCalculator.poolSize(0, facts, YearMonth.of(2019, 4))).extracting(Figure::cases)
                .containsExactly(2, 1, 2, 2);
        // from February on, with January's two before it
        assertThat(KpiCalculator.poolSize(2, facts.subList(2, 4), YearMonth.of(2019, 4))).extracting(Figure::cases)
                .containsExactly(1, 2, 2);
    }
}
