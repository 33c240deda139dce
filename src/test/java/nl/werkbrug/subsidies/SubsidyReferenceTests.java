package nl.werkbrug.subsidies;

import static nl.werkbrug.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** One reference per submitted request: CBS code, year, number per municipality and year; unique in the database. */
@IntegrationTest
class SubsidyReferenceTests {

    @Autowired
    SubsidyRequests requests;
    @Autowired
    SubsidyReferences references;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void numbers_count_per_municipality_and_per_year_from_one() {
        List<String> drawn = new ArrayList<>();
        // in a transaction that is rolled back, so the year 2031 starts from nothing at every run
        TenantContext.runAs("hengelo", () -> transaction.executeWithoutResult(status -> {
            drawn.add(references.next("hengelo", LocalDate.of(2031, 1, 2)).value());
            drawn.add(references.next("hengelo", LocalDate.of(2031, 12, 31)).value());
            drawn.add(references.next("hengelo", LocalDate.of(2032, 1, 1)).value());
            status.setRollbackOnly();
        }));
        TenantContext.runAs("enschede", () -> transaction.executeWithoutResult(status -> {
            drawn.add(references.next("enschede", LocalDate.of(2031, 6, 1)).value());
            status.setRollbackOnly();
        }));

        assertThat(drawn).containsExactly("GM0164-2031-000001", "GM0164-2031-000002", "GM0164-2032-000001",
                "GM0153-2031-000001");
    }

    @Test
    void a_submitted_request_carries_its_reference_in_the_employers_list_and_a_draft_none() {
        SubsidyFixtures.Company company = new SubsidyFixtures(jdbc, transaction, requests).company();
        List<SubsidyRequestDetail> submitted = twoSubmitted(company);
        SubsidyRequestDetail first = submitted.get(0);
        SubsidyRequestDetail second = submitted.get(1);
        SubsidyRequestDetail draft = as(company.user(), () -> requests.saveDraft("hengelo", null, "jobcoaching",
                SubsidyForms.jobcoaching()));

        String year = String.valueOf(first.submittedOn().getYear());
        assertThat(first.reference()).matches("GM0164-" + year + "-[0-9]{6}");
        // this class runs alone, so nobody else submits in Hengelo in between
        int number = Integer.parseInt(first.reference().substring(12));
        assertThat(second.reference()).isEqualTo("GM0164-%s-%06d".formatted(year, number + 1));
        assertThat(draft.reference()).isNull();
        assertThat(as(company.user(), () -> requests.mine()))
                .extracting(SubsidyRequestSummary::reference)
                .containsExactlyInAnyOrder(first.reference(), second.reference(), null);
    }

    @Test
    void the_database_refuses_a_second_request_with_the_same_reference() {
        List<SubsidyRequestDetail> submitted = twoSubmitted(new SubsidyFixtures(jdbc, transaction, requests).company());
        SubsidyRequestDetail first = submitted.get(0);
        SubsidyRequestDetail second = submitted.get(1);

        assertThatThrownBy(() -> TenantContext.runAs("hengelo", () -> transaction.executeWithoutResult(status ->
                jdbc.sql("update subsidy_request set reference = :reference where id = :id")
                        .param("reference", first.reference()).param("id", second.id()).update())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_reference_has_the_cbs_code_the_year_and_six_digits() {
        assertThat(SubsidyReference.of("gm0153", 2026, 123).value()).isEqualTo("GM0153-2026-000123");
        assertThatThrownBy(() -> SubsidyReference.of("GM0153", 2026, 1_000_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SubsidyReference("SUB-3")).isInstanceOf(IllegalArgumentException.class);
    }

    /** Two jobcoaching requests of the company submitted one after the other in Hengelo. */
    private List<SubsidyRequestDetail> twoSubmitted(SubsidyFixtures.Company company) {
        SubsidyFixtures fixtures = new SubsidyFixtures(jdbc, transaction, requests);
        return List.of(fixtures.submittedJobcoaching(company), fixtures.submittedJobcoaching(company));
    }
}
