package nl.werkbrug.demo;

import java.util.List;

import nl.werkbrug.candidates.CaseloadFilter;
import nl.werkbrug.candidates.CaseloadSummary;
import nl.werkbrug.candidates.Caseloads;
import nl.werkbrug.identity.SystemTask;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;
import static org.assertj.core.api.Assertions.assertThat;

/** The demo caseloads as the portal starts with them: imported through the file's rules, audited once. */
@IntegrationTest
class DemoCaseloadsTests {

    @Autowired
    Caseloads caseloads;
    @Autowired
    DemoCaseloads demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    long demoFiles(String tenant) {
        return sql(tenant, "select count(*) from candidate_file where file_number like 'DEMO-%'");
    }

    long sql(String tenant, String query) {
        Long count = TenantContext.callAs(tenant, () -> transaction.execute(status ->
                jdbc.sql(query).query(Long.class).single()));
        return count == null ? -1 : count;
    }

    @Test
    void hengelos_demo_consultants_land_on_a_full_workspace() {
        // Hengelo: 160 files, about 8% closed, split over two consultants: about 74 open files each.
        long henk = as(consultant("consulent.hengelo", "hengelo"), "hengelo", () -> caseloads.count(CaseloadFilter.MINE));
        long fatma = as(consultant("werkcoach.hengelo", "hengelo", "borne", "haaksbergen"), "hengelo",
                () -> caseloads.count(CaseloadFilter.MINE));
        // Borne: 150 files, all werkcoach.hengelo's: about 138 open.
        long fatmaInBorne = as(consultant("werkcoach.hengelo", "hengelo", "borne", "haaksbergen"), "borne",
                () -> caseloads.count(CaseloadFilter.MINE));
        CaseloadSummary summary = as(consultant("consulent.hengelo", "hengelo"), "hengelo", () -> caseloads.summary());

        assertThat(henk).isBetween(50L, 110L);
        assertThat(fatma).isBetween(50L, 110L);
        assertThat(fatmaInBorne).isBetween(120L, 150L);
        assertThat(summary.notSeen()).as("some files not seen within 8 weeks").isPositive();
        assertThat(summary.byRung().keySet()).contains(2, 3, 4, 5);
    }

    @Test
    void every_demo_municipality_has_its_files_with_histories_trajectories_and_outflow() {
        for (String tenant : List.of("enschede", "hengelo", "borne", "haaksbergen", "hellendoorn")) {
            assertThat(demoFiles(tenant)).as(tenant).isGreaterThanOrEqualTo(150);
            assertThat(sql(tenant, "select count(*) from candidate_file where file_number like 'DEMO-%' "
                    + "and trajectory_status <> 'NONE'")).as(tenant + " trajectories").isPositive();
            assertThat(sql(tenant, "select count(*) from candidate_file where file_number like 'DEMO-%' "
                    + "and status = 'CLOSED' and outflow_reason is not null")).as(tenant + " outflow").isPositive();
            assertThat(sql(tenant, "select count(*) from candidate_file f where file_number like 'DEMO-%' and "
                    + "(select count(*) from candidate_ladder_step s where s.file_id = f.id) > 3"))
                    .as(tenant + " at most three assessments").isZero();
            assertThat(sql(tenant, "select count(*) from candidate_file f join candidate_ladder_step s on s.file_id = f.id "
                    + "where f.file_number like 'DEMO-%' and s.assessed_on < (f.created_at at time zone 'Europe/Amsterdam')::date"))
                    .as(tenant + " opened (created_at) on its own date, before its assessments").isZero();
        }
    }

    @Test
    void the_import_is_audited_once_per_municipality_and_not_per_entry() {
        assertThat(sql("hengelo", "select count(*) from audit_event where tenant_id = 'hengelo' "
                + "and subject = 'kandidaatdossiers DEMO-' and detail like 'demo caseload imported: 160 files'"))
                .isEqualTo(1);
        assertThat(sql("hengelo", "select count(*) from audit_event a join candidate_file f "
                + "on a.subject = 'kandidaatdossier ' || f.id where f.file_number like 'DEMO-%' "
                + "and a.action in ('CANDIDATE_FILE_OPENED', 'CANDIDATE_OUTFLOW_RECORDED')"))
                .as("no entry per imported file").isZero();
    }

    @Test
    void seeding_again_adds_nothing() {
        long before = demoFiles("haaksbergen");

        SystemTask.run(demo::seed);

        assertThat(demoFiles("haaksbergen")).isEqualTo(before);
    }
}
