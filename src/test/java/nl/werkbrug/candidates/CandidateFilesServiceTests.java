package nl.werkbrug.candidates;

import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import nl.werkbrug.catalogue.Applicability;
import nl.werkbrug.catalogue.Reason;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.support.MutableClock;
import nl.werkbrug.tenancy.TenantContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The candidate file through its service, on the real database: who sees which file, what is audited, what the
 * catalogue says about a candidate, the inzage copy and the retention job.
 */
@IntegrationTest
class CandidateFilesServiceTests {

    @Autowired
    CandidateFiles files;
    @Autowired
    CandidateInzage inzage;
    @Autowired
    RetentionJob retention;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    MutableClock clock;

    final PortalUser werkcoach = consultant("svc.werkcoach", "hengelo", "borne", "haaksbergen");
    final PortalUser hengeloOnly = consultant("svc.consulent", "hengelo");

    LocalDate today() {
        return LocalDate.now(clock);
    }

    List<String> audited(String tenant, long fileId) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        return TenantContext.callAs(tenant, () -> new TransactionTemplate(transactionManager).execute(status -> jdbc.sql(
                        "select action || ' ' || actor from audit_event where subject = ? order by id")
                .param(CandidateFiles.subject(fileId)).query(String.class).list()));
    }

    @Test
    void a_borne_file_is_invisible_to_a_hengelo_consultant_without_borne_membership() {
        CandidateFileDetail borne = as(werkcoach, "borne", () -> files.open(null, CandidateFixtures.identity("Bram", "Borninck")));

        assertThatThrownBy(() -> as(hengeloOnly, "borne", () -> files.find(borne.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(hengeloOnly, "hengelo", () -> files.find(borne.id()))).isEmpty();
        assertThatThrownBy(() -> as(hengeloOnly, "hengelo", () -> files.recordContact(borne.id(),
                new FileEntry.ContactEntry(ContactKind.TELEFOON, today(), "poging"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(FieldProblem.of("file", "candidates.error.not-found")));
        assertThat(as(werkcoach, "borne", () -> files.find(borne.id()))).hasValueSatisfying(file -> {
            assertThat(file.tenantId()).isEqualTo("borne");
            assertThat(file.name()).isEqualTo("Bram Borninck");
        });
    }

    @Test
    void raw_sql_as_the_portal_role_sees_only_the_active_municipality_s_files_and_their_entries() {
        CandidateFileDetail borne = as(werkcoach, "borne", () -> files.open(null, CandidateFixtures.identity("Ria", "Raw")));
        as(werkcoach, "borne", () -> files.recordRung(borne.id(), new FileEntry.LadderAssessment(3, today(), "")));
        JdbcClient jdbc = JdbcClient.create(dataSource);
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);

        List<String> tenants = TenantContext.callAs("hengelo", () -> transaction.execute(status -> jdbc.sql(
                "select distinct tenant_id from candidate_file union select distinct tenant_id from candidate_ladder_step")
                .query(String.class).list()));
        Integer borneSteps = TenantContext.callAs("hengelo", () -> transaction.execute(status -> jdbc.sql(
                "select count(*) from candidate_ladder_step where file_id = ?").param(borne.id()).query(Integer.class).single()));

        assertThat(tenants).containsOnly("hengelo");
        assertThat(borneSteps).isZero();
    }

    @Test
    void opening_a_file_and_showing_its_bsn_are_audited_and_the_bsn_is_stored_sealed_and_shown_masked_until_then() {
        String bsn = CandidateFixtures.nextBsn();
        CandidateFileDetail opened = as(hengeloOnly, "hengelo", () -> files.open(null, CandidateFixtures.identity("Mees", "Masker", bsn)));

        CandidateFileDetail read = as(hengeloOnly, "hengelo", () -> files.find(opened.id())).orElseThrow();
        String shown = as(hengeloOnly, "hengelo", () -> files.revealBsn(opened.id()));

        assertThat(read.maskedBsn()).isEqualTo("******" + bsn.substring(6));
        String stored = TenantContext.callAs("hengelo", () -> new TransactionTemplate(transactionManager).execute(status ->
                JdbcClient.create(dataSource).sql("select row_to_json(f)::text from candidate_file f where id = ?")
                        .param(opened.id()).query(String.class).single()));
        assertThat(stored).contains("Masker").doesNotContain(bsn);
        assertThat(shown).isEqualTo(bsn);
        assertThat(opened.fileNumber()).isEqualTo("W" + opened.id());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(audited("hengelo", opened.id()))
                .contains("PERSONAL_DATA_VIEWED svc.consulent", "BSN_SHOWN svc.consulent",
                        "CANDIDATE_FILE_OPENED svc.consulent"));
    }

    @Test
    void a_second_file_for_the_same_bsn_is_refused_in_the_municipality_but_not_in_another() {
        String bsn = CandidateFixtures.nextBsn();
        as(werkcoach, "hengelo", () -> files.open(null, CandidateFixtures.identity("Dirk", "Dubbel", bsn)));

        assertThatThrownBy(() -> as(werkcoach, "hengelo", () -> files.open(null, CandidateFixtures.identity("Dirk", "Dubbel", bsn))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(FieldProblem.of("bsn", "candidates.error.bsn-known")));
        assertThat(as(werkcoach, "haaksbergen", () -> files.open(null, CandidateFixtures.identity("Dirk", "Dubbel", bsn))).tenantId())
                .isEqualTo("haaksbergen");
    }

    @Test
    void a_bsn_failing_the_elfproef_and_a_birth_date_in_the_future_are_refused_and_nothing_is_saved() {
        CandidateIdentity wrong = new CandidateIdentity("Foute", "Invoer", "123456789", today().plusDays(1), "", "", "",
                "", "", "", Benefit.PARTICIPATIEWET, null);

        assertThatThrownBy(() -> as(hengeloOnly, "hengelo", () -> files.open(null, wrong)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        FieldProblem.of("bsn", "candidates.error.bsn"),
                        FieldProblem.of("birthDate", "candidates.error.birth-date-future")));
    }

    @Test
    void the_catalogue_says_why_beschut_werk_does_not_apply_and_jobcoaching_can_be_planned() {
        CandidateFileDetail file = as(hengeloOnly, "hengelo", () -> files.open(null, CandidateFixtures.identity("Jan", "Coach")));

        List<Applicability> verdicts = as(hengeloOnly, "hengelo", () -> files.instruments(file));

        assertThat(verdicts).filteredOn(v -> v.code().equals("beschut-werk")).singleElement().satisfies(v -> {
            assertThat(v.outcome()).isEqualTo(Applicability.Outcome.DOES_NOT_APPLY);
            assertThat(v.reasons()).extracting(Reason::key).contains("catalogue.reason.beschut-werk-missing");
        });
        assertThat(verdicts).filteredOn(v -> v.code().equals("jobcoaching")).singleElement()
                .satisfies(v -> assertThat(v.outcome()).isEqualTo(Applicability.Outcome.APPLIES));
        assertThatThrownBy(() -> as(hengeloOnly, "hengelo", () -> files.planDeployment(file.id(),
                new FileEntry.DeploymentPlan("beschut-werk", "SWB", today(), null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        FieldProblem.of("instrumentCode", "candidates.error.instrument-does-not-apply")));
        CandidateFileDetail planned = as(hengeloOnly, "hengelo", () -> files.planDeployment(file.id(),
                new FileEntry.DeploymentPlan("jobcoaching", "Interne jobcoach", today(), today().plusMonths(6), null)));
        assertThat(planned.deployments()).singleElement().satisfies(d -> {
            assertThat(d.instrumentName()).isEqualTo("Jobcoaching");
            assertThat(d.applicability()).isEqualTo(Applicability.Outcome.APPLIES);
        });
    }

    @Test
    void a_file_of_another_municipality_than_the_active_one_is_not_judged_against_a_catalogue() {
        CandidateFileDetail borne = as(werkcoach, "borne", () -> files.open(null, CandidateFixtures.identity("Bo", "Catalogus")));

        assertThatThrownBy(() -> as(werkcoach, "hengelo", () -> files.instruments(borne)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(FieldProblem.of("file", "candidates.error.not-found")));
    }

    @Test
    void with_a_beschut_werk_indication_beschut_werk_applies() {
        CandidateFileDetail file = as(hengeloOnly, "hengelo", () -> files.open(null, CandidateFixtures.identity("Bea", "Beschut")));
        CandidateFileDetail flagged = as(hengeloOnly, "hengelo", () -> files.addFlag(file.id(),
                new FileEntry.FlagEntry(DoelgroepFlag.BESCHUT_WERK, today().minusMonths(1), null, "positief advies UWV")));

        List<Applicability> verdicts = as(hengeloOnly, "hengelo", () -> files.instruments(flagged));

        assertThat(verdicts).filteredOn(v -> v.code().equals("beschut-werk")).singleElement()
                .satisfies(v -> assertThat(v.outcome()).isNotEqualTo(Applicability.Outcome.DOES_NOT_APPLY));
    }

    @Test
    void the_inzage_copy_holds_the_whole_file_in_dutch() throws IOException {
        String bsn = CandidateFixtures.nextBsn();
        CandidateFileDetail file = as(hengeloOnly, "hengelo", () -> files.open("HGL-INZ-1", CandidateFixtures.identity("Ingrid", "Inzage", bsn)));
        as(hengeloOnly, "hengelo", () -> files.recordRung(file.id(), new FileEntry.LadderAssessment(2, today().minusMonths(8), "")));
        as(hengeloOnly, "hengelo", () -> files.recordRung(file.id(), new FileEntry.LadderAssessment(5, today(), "")));
        as(hengeloOnly, "hengelo", () -> files.addObstacles(file.id(), new FileEntry.ObstacleEntry(Set.of(Obstacle.ZORGTAKEN), today())));
        as(hengeloOnly, "hengelo", () -> files.planDeployment(file.id(), new FileEntry.DeploymentPlan("jobcoaching", "", today(), null, null)));
        as(hengeloOnly, "hengelo", () -> files.recordOutflow(file.id(), new FileEntry.OutflowEntry(OutflowReason.WERK, today())));

        byte[] pdf = as(hengeloOnly, "hengelo", () -> inzage.pdf(file.id()));

        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Gemeente Hengelo", "Inzage in uw persoonsgegevens", "artikel 15", "Ingrid Inzage",
                "Burgerservicenummer: " + bsn, "HGL-INZ-1", "trede 2 – Sociale contacten", "trede 5 – Betaald werk met ondersteuning",
                "Zorgtaken", "Jobcoaching", "Uitstroom", "Werk op", "Autoriteit Persoonsgegevens");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(audited("hengelo", file.id()))
                .contains("INZAGE_DOWNLOADED svc.consulent", "CANDIDATE_OUTFLOW_RECORDED svc.consulent"));
    }

    @Test
    void the_retention_job_anonymises_only_closed_files_past_the_term_and_keeps_files_where_no_term_is_set() {
        PortalUser hellendoorn = consultant("svc.hellendoorn", "hellendoorn");
        // Closed long ago, so that no other file of the shared test database is due by the same cut-off day.
        CandidateIdentity old = new CandidateIdentity("Oud", "Dossier", CandidateFixtures.nextBsn(), LocalDate.of(1930, 2, 3),
                "", "", "", "", "", "", Benefit.PARTICIPATIEWET, null);
        CandidateFileDetail closed = as(hellendoorn, "hellendoorn", () -> files.open(null, old));
        as(hellendoorn, "hellendoorn", () -> files.recordOutflow(closed.id(),
                new FileEntry.OutflowEntry(OutflowReason.VERHUIZING, LocalDate.of(1951, 6, 1))));
        CandidateFileDetail open = as(hellendoorn, "hellendoorn", () -> files.open(null, CandidateFixtures.identity("Nog", "Open")));

        assertThat(retention.run()).doesNotContainKey("hellendoorn");
        int anonymised = retention.anonymise("hellendoorn", LocalDate.of(1951, 6, 2));

        assertThat(anonymised).isEqualTo(1);
        assertThat(as(hellendoorn, "hellendoorn", () -> files.find(closed.id()))).hasValueSatisfying(file -> {
            assertThat(file.name()).isBlank();
            assertThat(file.anonymisedOn()).isEqualTo(today());
        });
        assertThat(as(hellendoorn, "hellendoorn", () -> files.find(open.id())))
                .hasValueSatisfying(file -> assertThat(file.name()).isEqualTo("Nog Open"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(audited("hellendoorn", closed.id()))
                .contains("CANDIDATE_FILE_ANONYMISED system"));
    }
}
