package nl.werkbrug.tenancy;

import static nl.werkbrug.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.function.Supplier;

import nl.werkbrug.employer.EmployerOrganisations;
import nl.werkbrug.employer.Vacancies;
import nl.werkbrug.identity.EmployerAccounts;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.subsidies.SubsidyForms;
import nl.werkbrug.subsidies.SubsidyRequestDetail;
import nl.werkbrug.subsidies.SubsidyRequests;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Employer B against every service method that takes an id of employer A's data (issue 13, finding 2): subsidy
 * requests, their documents and decision letter, vacancies, and A's colleagues. Each attempt ends in "not found"
 * (an empty answer) or "forbidden" (AccessDeniedException), changes nothing, and adds exactly one ACCESS_DENIED entry
 * by B to the audit trail. Invitations are reached by token only (no id), and B's own list never holds A's.
 */
@IntegrationTest
class EmployerIsolationServiceTests {

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes();

    @Autowired
    EmployerOrganisations organisations;
    @Autowired
    SubsidyRequests requests;
    @Autowired
    Vacancies vacancies;
    @Autowired
    EmployerAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    long employerA;
    PortalUser userA;
    PortalUser userB;

    @BeforeEach
    void twoEmployers() {
        employerA = TestUsers.registeredEmployer(organisations, "99000031", "Isolatie Dienst A");
        long employerB = TestUsers.registeredEmployer(organisations, "99000032", "Isolatie Dienst B");
        userA = TestUsers.employerUser("iso-dienst-a-" + System.nanoTime(), employerA);
        userB = TestUsers.employerUser("iso-dienst-b-" + System.nanoTime(), employerB);
    }

    int denialsByB() {
        return TenantContext.callAs("hengelo", () -> new TransactionTemplate(transactions).execute(status -> jdbc.sql(
                        "select count(*) from audit_event where action = 'ACCESS_DENIED' and actor = :u")
                .param("u", userB.username()).query(Integer.class).single()));
    }

    /** B's attempt is refused (empty, or AccessDeniedException) and audited once. */
    void refusedAndAudited(String what, Supplier<?> attempt) {
        int before = denialsByB();
        Object answer;
        try {
            answer = as(userB, attempt);
        } catch (AccessDeniedException forbidden) {
            answer = forbidden;
        }
        assertThat(answer).as(what).satisfiesAnyOf(
                result -> assertThat(result).isInstanceOf(AccessDeniedException.class),
                result -> assertThat(result).isEqualTo(Optional.empty()));
        assertThat(denialsByB()).as(what + " audited").isEqualTo(before + 1);
    }

    @Test
    void employer_b_reaches_none_of_employer_as_subsidy_requests_documents_or_letters() {
        SubsidyRequestDetail draft = as(userA, () -> requests.saveDraft("hengelo", null, "jobcoaching", SubsidyForms.jobcoaching()));
        as(userA, () -> requests.attach("hengelo", draft.id(), "contract.pdf", PDF));
        long id = draft.id();

        refusedAndAudited("find", () -> requests.find("hengelo", id));
        refusedAndAudited("decision letter", () -> requests.decisionLetter("hengelo", id));
        refusedAndAudited("save over the draft",
                () -> requests.saveDraft("hengelo", id, "jobcoaching", SubsidyForms.jobcoaching()));
        refusedAndAudited("submit", () -> requests.submit("hengelo", id));
        refusedAndAudited("answer", () -> requests.answer("hengelo", id, "Overgenomen"));
        refusedAndAudited("withdraw", () -> requests.withdraw("hengelo", id));
        refusedAndAudited("attach", () -> requests.attach("hengelo", id, "kwaad.pdf", PDF));

        SubsidyRequestDetail unchanged = as(userA, () -> requests.find("hengelo", id)).orElseThrow();
        assertThat(unchanged.status()).isEqualTo(draft.status());
        assertThat(unchanged.attachments()).extracting(a -> a.fileName()).containsExactly("contract.pdf");
    }

    @Test
    void a_request_names_an_existing_employer_and_its_documents_carry_the_same_one() throws java.sql.SQLException {
        SubsidyRequestDetail draft = as(userA, () -> requests.saveDraft("hengelo", null, "jobcoaching", SubsidyForms.jobcoaching()));
        as(userA, () -> requests.attach("hengelo", draft.id(), "contract.pdf", PDF));
        SubsidyRequestDetail bare = as(userA, () -> requests.saveDraft("hengelo", null, "jobcoaching", SubsidyForms.jobcoaching()));
        long employerB = userB.employerMembership().orElseThrow().employerId();

        try (java.sql.Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            nl.werkbrug.support.PortalRoleSettings.apply(connection, "hengelo", ""); // a consultant's transaction
            try (var statement = connection.createStatement()) {
                var rows = statement.executeQuery("select employer_id from subsidy_attachment where request_id = " + draft.id());
                assertThat(rows.next()).isTrue();
                assertThat(rows.getLong(1)).isEqualTo(employerA);
                statement.execute("savepoint before_change");
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> statement.executeUpdate(
                                "update subsidy_attachment set employer_id = " + employerB + " where request_id = " + draft.id()))
                        .hasMessageContaining("subsidy_attachment_request_employer_fk");
                statement.execute("rollback to savepoint before_change");
                // a request with documents cannot move to another employer: its documents hold it to its employer
                statement.execute("savepoint before_move");
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> statement.executeUpdate(
                                "update subsidy_request set employer_id = " + employerB + " where id = " + draft.id()))
                        .hasMessageContaining("subsidy_attachment_request_employer_fk");
                statement.execute("rollback to savepoint before_move");
                // and no request can name an employer that does not exist
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> statement.executeUpdate(
                                "update subsidy_request set employer_id = 2147483647 where id = " + bare.id()))
                        .hasMessageContaining("subsidy_request_employer_fk");
            } finally {
                connection.rollback();
            }
        }
    }

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void employer_b_reaches_none_of_employer_as_vacancies_or_colleagues() {
        long concept = as(userA, () -> vacancies.create(EmployerIsolationTests.draft("Isolatie concept"))).id();
        long published = as(userA, () -> vacancies.publish(vacancies.create(EmployerIsolationTests.draft("Isolatie open")).id())).id();

        refusedAndAudited("mine", () -> vacancies.mine(concept));
        refusedAndAudited("update", () -> vacancies.update(concept, EmployerIsolationTests.draft("Overgenomen")));
        refusedAndAudited("publish", () -> vacancies.publish(concept));
        refusedAndAudited("close", () -> vacancies.close(published));
        refusedAndAudited("reopen", () -> vacancies.reopen(published));
        refusedAndAudited("colleagues", () -> accounts.colleagues(employerA));

        assertThat(as(userA, () -> vacancies.mine(concept)).orElseThrow().title()).isEqualTo("Isolatie concept");
        assertThat(as(userA, () -> vacancies.mine(published)).orElseThrow().status().name()).isEqualTo("PUBLISHED");
    }
}
