package nl.werkbrug.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.werkbrug.sroi.SroiEvent;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The two SROI KPIs (obligation of the contracts registered, value of the realisations accepted) on a small
 * hand-worked dataset of Tubbergen in 2018 (no other test writes that municipality's 2018), through the listener's
 * mapping and the projection in the real database; a plan accepted or a report filed counts nowhere, and an event
 * delivered twice counts once.
 */
@IntegrationTest
class SroiKpiTests {

    private static final String TENANT = "tubbergen";
    private static final String REGION = "twente";

    @Autowired
    Projector projector;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    private void feed(String day, SroiEvent event) {
        DashboardListener.fact(event, LocalDate.parse(day)).ifPresent(fact -> TenantContext.runAs(TENANT,
                () -> transaction.executeWithoutResult(status -> projector.record(TENANT, REGION, fact))));
        projector.catchUp(TENANT);
    }

    private Map<String, String> stored() {
        return TenantContext.callAs(TENANT, () -> transaction.execute(status -> jdbc.sql("""
                        select kpi, month, dimension, cases, amount from dashboard_figure
                        where kpi like 'sroi-%' and month between date '2018-01-01' and date '2018-12-01'""")
                .query((rs, row) -> Map.entry(rs.getString(1) + "|" + rs.getDate(2) + "|" + rs.getString(3),
                        rs.getInt(4) + "|" + rs.getBigDecimal(5)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
    }

    @Test
    void the_sroi_obligation_and_the_accepted_value_add_up_per_month_as_their_definitions_say() {
        // C1 1,000,000 at 5% = 50,000.00 and C2 250,000 at 2% = 5,000.00 in March; C3 400,000 at 5% less a 10% PSO
        // discount = 18,000.00 in May
        feed("2018-03-05", new SroiEvent.ContractRegistered(7001, TENANT, REGION, 1, "s", new BigDecimal("50000.00"), "V05"));
        feed("2018-03-20", new SroiEvent.ContractRegistered(7002, TENANT, REGION, 1, "s", new BigDecimal("5000.00"), "V05"));
        feed("2018-05-02", new SroiEvent.ContractRegistered(7003, TENANT, REGION, 2, "s", new BigDecimal("18000.00"), "V05"));
        // a plan accepted and a report filed count nowhere
        feed("2018-04-01", new SroiEvent.PlanAccepted(7001, TENANT, REGION, 1, "s", new BigDecimal("53333.34")));
        feed("2018-05-30", new SroiEvent.ReportFiled(7001, TENANT, REGION, 1, "s", false, new BigDecimal("27777.78"),
                new BigDecimal("55.6"), null));
        // accepted in May: R1 17,777.78 (placement) and R2 10,000.00 (purchase); in June R3 2,500.00; R2 delivered twice
        feed("2018-05-10", new SroiEvent.RealisationAccepted(7001, TENANT, REGION, 1, "s", 9101, "participatiewet-lang", new BigDecimal("17777.78")));
        feed("2018-05-11", new SroiEvent.RealisationAccepted(7001, TENANT, REGION, 1, "s", 9102, "sociale-inkoop", new BigDecimal("10000.00")));
        feed("2018-05-11", new SroiEvent.RealisationAccepted(7001, TENANT, REGION, 1, "s", 9102, "sociale-inkoop", new BigDecimal("10000.00")));
        feed("2018-06-01", new SroiEvent.RealisationAccepted(7002, TENANT, REGION, 1, "s", 9103, "ww-kort", new BigDecimal("2500.00")));

        // by hand, per KPI|month|dimension: cases|amount
        assertThat(stored()).containsOnly(
                Map.entry("sroi-verplichting|2018-03-01|", "2|55000.00"),    // 50,000 + 5,000
                Map.entry("sroi-verplichting|2018-05-01|", "1|18000.00"),
                Map.entry("sroi-geaccepteerd|2018-05-01|", "2|27777.78"),    // 17,777.78 + 10,000.00
                Map.entry("sroi-geaccepteerd|2018-06-01|", "1|2500.00"));
        assertThat(KpiCalculator.COMPUTED).containsAll(List.of("sroi-verplichting", "sroi-geaccepteerd"));
    }
}
