package nl.werkbrug.tenancy;

import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import javax.sql.DataSource;

import nl.werkbrug.candidates.CandidateFileDetail;
import nl.werkbrug.candidates.CandidateFixtures;
import nl.werkbrug.candidates.CaseloadFilter;
import nl.werkbrug.candidates.CandidateFileSummary;
import nl.werkbrug.candidates.Caseloads;
import nl.werkbrug.candidates.CandidateFiles;
import nl.werkbrug.candidates.internal.CandidateFile;
import nl.werkbrug.candidates.internal.CandidateFileRepository;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tenant A (Enschede) cannot read or write tenant B's (Hengelo) rows: through a service, through a repository, or
 * through raw SQL as the portal's database role.
 */
@IntegrationTest
class TenantIsolationTests {

    @Autowired
    CandidateFiles candidateFiles;
    @Autowired
    Caseloads caseloads;
    @Autowired
    CandidateFileRepository repository;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactionManager;

    final PortalUser enschedeConsultant = consultant("iso-enschede", "enschede");
    final PortalUser hengeloConsultant = consultant("iso-hengelo", "hengelo");
    CandidateFileDetail enschedeFile;
    CandidateFileDetail hengeloFile;

    @BeforeEach
    void oneFileInEachMunicipality() {
        enschedeFile = as(enschedeConsultant, "enschede", () -> candidateFiles.open(null, newFile()));
        hengeloFile = as(hengeloConsultant, "hengelo", () -> candidateFiles.open(null, newFile()));
    }

    private static nl.werkbrug.candidates.CandidateIdentity newFile() {
        return CandidateFixtures.identity("Test", "Kandidaat");
    }

    @Test
    void a_service_hands_a_consultant_only_files_of_the_active_municipality() {
        List<CandidateFileSummary> caseload = as(enschedeConsultant, "enschede",
                () -> caseloads.page(CaseloadFilter.MINE, org.springframework.data.domain.Pageable.ofSize(50)).getContent());

        assertThat(caseload).extracting(CandidateFileSummary::id).contains(enschedeFile.id()).doesNotContain(hengeloFile.id());
        assertThat(as(enschedeConsultant, "enschede", () -> candidateFiles.find(hengeloFile.id()))).isEmpty();
        assertThat(enschedeFile.tenantId()).isEqualTo("enschede");
    }

    @Test
    void a_service_refuses_a_consultant_in_a_municipality_they_do_not_work_for() {
        assertThatThrownBy(() -> as(enschedeConsultant, "hengelo", caseloads::summary))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(enschedeConsultant, "hengelo", () -> candidateFiles.open(null, newFile())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_service_refuses_work_without_an_active_municipality() {
        assertThatThrownBy(() -> as(enschedeConsultant, caseloads::summary))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_repository_does_not_find_rows_of_another_municipality() {
        TenantContext.runAs("enschede", () -> {
            assertThat(repository.findById(hengeloFile.id())).isEmpty();
            assertThat(repository.findById(enschedeFile.id())).isPresent();
            assertThat(repository.findAll()).extracting(CandidateFile::tenantId).containsOnly("enschede");
        });
    }

    @Test
    void a_repository_without_an_active_municipality_finds_nothing_and_cannot_write() {
        assertThat(repository.findAll()).isEmpty();
        assertThat(repository.count()).isZero();
        assertThatThrownBy(() -> repository.save(new CandidateFile("X-1", newFile(),
                bsn -> new nl.werkbrug.platform.BsnVault.ProtectedBsn("sealed", "0".repeat(64), bsn.masked()),
                new CandidateFile.Acting("niemand", "twente", java.time.Clock.systemUTC()))))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void raw_sql_as_the_portal_role_sees_only_the_municipality_set_for_the_transaction() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);

        List<String> visible = TenantContext.callAs("enschede", () -> transaction.execute(status ->
                jdbc.sql("select distinct tenant_id from candidate_file").query(String.class).list()));
        Integer hengeloRowsSeenFromEnschede = TenantContext.callAs("enschede", () -> transaction.execute(status ->
                jdbc.sql("select count(*) from candidate_file where id = :id").param("id", hengeloFile.id())
                        .query(Integer.class).single()));

        assertThat(visible).containsExactly("enschede");
        assertThat(hengeloRowsSeenFromEnschede).isZero();
    }

    @Test
    void raw_sql_as_the_portal_role_cannot_write_rows_of_another_municipality() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);

        assertThatThrownBy(() -> TenantContext.runAs("enschede", () -> transaction.executeWithoutResult(status ->
                jdbc.sql("""
                        insert into candidate_file (tenant_id, file_number, given_name, family_name)
                        values ('hengelo', 'RAW-1', 'Inge', 'Schuif')""").update())))
                .rootCause().hasMessageContaining("violates row-level security policy");

        int updated = TenantContext.callAs("enschede", () -> transaction.execute(status ->
                jdbc.sql("update candidate_file set given_name = 'Gewijzigd' where id = :id")
                        .param("id", hengeloFile.id()).update()));
        int deleted = TenantContext.callAs("enschede", () -> transaction.execute(status ->
                jdbc.sql("delete from candidate_file where id = :id").param("id", hengeloFile.id()).update()));
        assertThat(updated).isZero();
        assertThat(deleted).isZero();
    }

    @Test
    void raw_sql_outside_a_transaction_sees_no_tenant_rows_at_all() {
        Integer count = JdbcClient.create(dataSource).sql("select count(*) from candidate_file").query(Integer.class).single();

        assertThat(count).isZero();
    }
}
