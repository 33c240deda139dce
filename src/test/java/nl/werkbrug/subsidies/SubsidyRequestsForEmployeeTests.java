package nl.werkbrug.subsidies;

import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;
import static org.assertj.core.api.Assertions.assertThat;

import nl.werkbrug.candidates.CandidateFixtures;
import nl.werkbrug.platform.BsnVault;
import nl.werkbrug.shared.Bsn;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A candidate's file links to the subsidy requests employers filed for the resident: matched by BSN, per municipality. */
@IntegrationTest
class SubsidyRequestsForEmployeeTests {

    @Autowired
    SubsidyDecisions decisions;
    @Autowired
    SubsidyRequests requests;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    BsnVault vault;

    @Test
    void the_submitted_requests_for_a_bsn_are_found_in_their_municipality_only_and_never_a_draft() {
        SubsidyFixtures.Company company = new SubsidyFixtures(jdbc, transaction, requests).company();
        String bsn = CandidateFixtures.nextBsn();
        SubsidyRequestForm form = SubsidyForms.jobcoaching();
        form.setBsn(bsn);
        long submitted = as(company.user(), () -> requests.submit("hengelo",
                requests.saveDraft("hengelo", null, "jobcoaching", form).id())).id();
        as(company.user(), () -> requests.saveDraft("hengelo", null, "jobcoaching", form));

        String spaced = bsn.substring(0, 3) + " " + bsn.substring(3, 6) + " " + bsn.substring(6);
        assertThat(as(consultant("koppel.hengelo", "hengelo"), "hengelo",
                () -> decisions.forEmployee(vault.index(Bsn.parse(spaced)))))
                .extracting(SubsidyRequestSummary::id).containsExactly(submitted);
        assertThat(as(consultant("koppel.enschede", "enschede"), "enschede",
                () -> decisions.forEmployee(vault.index(Bsn.parse(bsn))))).isEmpty();
        assertThat(as(consultant("koppel.hengelo", "hengelo"), "hengelo",
                () -> decisions.forEmployee(vault.index(new Bsn("123456782"))))).isEmpty();
    }
}
