package nl.werkbrug.tenancy;

import static nl.werkbrug.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import nl.werkbrug.shared.DutchTime;
import nl.werkbrug.employer.ContractType;
import nl.werkbrug.employer.EmployerOrganisations;
import nl.werkbrug.employer.Vacancies;
import nl.werkbrug.employer.VacancyDraft;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.identity.SystemTask;
import nl.werkbrug.subsidies.SubsidyForms;
import nl.werkbrug.subsidies.SubsidyRequestSummary;
import nl.werkbrug.subsidies.SubsidyRequests;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.support.PortalRoleSettings;
import nl.werkbrug.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Employer A never reaches employer B's rows through raw SQL as the portal's database role with A's settings: not
 * B's organisation, concept vacancy, subsidy request or its attachments' parent (issue 13, finding 2). Published
 * vacancies stay public; a consultant's transaction (no employer) is not affected.
 */
@IntegrationTest
class EmployerIsolationTests {

    @Autowired
    EmployerOrganisations employers;
    @Autowired
    Vacancies vacancies;
    @Autowired
    SubsidyRequests requests;
    @Autowired
    DataSource dataSource;

    long company(String name) {
        String kvk = String.valueOf(91_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        AtomicLong id = new AtomicLong();
        SystemTask.run(() -> id.set(employers.ensureRegistered(kvk, name + " " + kvk, "Hengelo",
                new EmployerOrganisations.Contact("Iso Test", "iso@" + kvk + ".example", "074 000 0002"))));
        return id.get();
    }

    static VacancyDraft draft(String title) {
        return new VacancyDraft(title, "Je last frames voor landbouwmachines.\n\nWe werken in dagdienst.", "7212",
                new BigDecimal("32"), "7554 RR", "Hengelo", ContractType.TEMPORARY, 12, LocalDate.now(DutchTime.ZONE).plusMonths(1),
                LocalDate.now(DutchTime.ZONE).plusMonths(2), "VCA", "lassen, slijpen", "Vaste collega als maatje", 2, true, true);
    }

    @Test
    void raw_sql_with_one_employers_settings_reaches_none_of_another_employers_rows() throws SQLException {
        long a = company("Isolatie A");
        long b = company("Isolatie B");
        PortalUser userB = TestUsers.employerUser("iso-werkgever-b-" + b, b);
        long concept = as(userB, () -> vacancies.create(draft("Lasser concept"))).id();
        long request = as(userB, () -> requests.saveDraft("hengelo", null, "jobcoaching", SubsidyForms.jobcoaching()))
                .id();

        String byId = " where id = " ;
        assertThat(count("employer_organisation" + byId + b, "", String.valueOf(a))).isZero();
        assertThat(count("vacancy" + byId + concept, "", String.valueOf(a))).isZero();
        assertThat(count("subsidy_request" + byId + request, "hengelo", String.valueOf(a))).isZero();
        assertThat(count("subsidy_request where employer_id <> " + a, "hengelo", String.valueOf(a))).isZero();

        assertThat(count("employer_organisation" + byId + b, "", String.valueOf(b))).isOne();
        assertThat(count("vacancy" + byId + concept, "", String.valueOf(b))).isOne();
        assertThat(count("subsidy_request" + byId + request, "hengelo", String.valueOf(b))).isOne();

        // a consultant's transaction carries no employer and sees what its own policies allow
        assertThat(count("subsidy_request" + byId + request, "hengelo", "")).isOne();
        assertThat(count("vacancy" + byId + concept, "", "")).isOne();
    }

    @Test
    void the_municipalities_of_an_employers_requests_are_named_to_that_employer_only_and_its_list_holds_them_all()
            throws SQLException {
        long a = company("Isolatie E");
        long b = company("Isolatie F");
        PortalUser userB = TestUsers.employerUser("iso-werkgever-f-" + b, b);
        long inHengelo = as(userB, () -> requests.saveDraft("hengelo", null, "jobcoaching", SubsidyForms.jobcoaching())).id();
        long inBorne = as(userB, () -> requests.saveDraft("borne", null, "jobcoaching", SubsidyForms.jobcoaching())).id();

        assertThat(count("subsidy_request_municipalities()", "", String.valueOf(b))).isEqualTo(2);
        assertThat(count("subsidy_request_municipalities() m where m in ('borne', 'hengelo')", "", String.valueOf(b)))
                .isEqualTo(2);
        assertThat(count("subsidy_request_municipalities()", "", String.valueOf(a))).isZero();
        assertThat(count("subsidy_request_municipalities()", "", "")).isZero();

        assertThat(as(userB, requests::mine)).extracting(SubsidyRequestSummary::id).containsExactly(inBorne, inHengelo);
    }

    @Test
    void a_published_vacancy_stays_readable_for_every_employer_but_only_its_own_employer_changes_it() throws SQLException {
        long a = company("Isolatie C");
        long b = company("Isolatie D");
        PortalUser userB = TestUsers.employerUser("iso-werkgever-d-" + b, b);
        long published = as(userB, () -> {
            long id = vacancies.create(draft("Lasser gepubliceerd")).id();
            return vacancies.publish(id).id();
        });

        assertThat(count("vacancy where id = " + published, "", String.valueOf(a))).isOne();
        assertThat(update("update vacancy set title = 'Overgenomen' where id = " + published, String.valueOf(a)))
                .isZero();
        assertThat(update("update vacancy set title = title where id = " + published, String.valueOf(b))).isOne();
    }

    private int count(String fromWhere, String tenant, String employer) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            PortalRoleSettings.apply(connection, tenant, employer);
            try (PreparedStatement query = connection.prepareStatement("select count(*) from " + fromWhere);
                 ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            } finally {
                connection.rollback();
            }
        }
    }

    private int update(String sql, String employer) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            PortalRoleSettings.apply(connection, "", employer);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                return statement.executeUpdate();
            } finally {
                connection.rollback();
            }
        }
    }
}
