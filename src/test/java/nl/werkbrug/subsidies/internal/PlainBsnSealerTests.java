package nl.werkbrug.subsidies.internal;

import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import nl.werkbrug.candidates.CandidateFixtures;
import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.identity.EmployerRole;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.subsidies.SubsidyDecisions;
import nl.werkbrug.subsidies.SubsidyForms;
import nl.werkbrug.subsidies.SubsidyRequestForm;
import nl.werkbrug.subsidies.SubsidyRequests;
import nl.werkbrug.subsidies.SubsidyRequestSummary;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Employees' BSNs are stored sealed; numbers an earlier version stored in plain text are sealed at start-up. */
@IntegrationTest
class PlainBsnSealerTests {

    @Autowired
    SubsidyRequests requests;
    @Autowired
    SubsidyDecisions decisions;
    @Autowired
    PlainBsnSealer sealer;
    @Autowired
    nl.werkbrug.platform.BsnVault vault;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void a_draft_keeps_the_bsn_sealed_and_a_plain_number_left_by_an_earlier_version_is_sealed_and_still_found() {
        String kvk = String.valueOf(10_000_000 + Math.floorMod(System.nanoTime(), 89_999_999L));
        long company = transaction.execute(status -> jdbc.sql("""
                        insert into employer_organisation (region_id, kvk_number, name, contact_email)
                        values ('twente', :kvk, 'Verzegeld ' || :kvk, 'verzegeld@bedrijf.example') returning id""")
                .param("kvk", kvk).query(Long.class).single());
        PortalUser employer = new PortalUser("sealer-" + kvk, "Werkgever", Map.of(), Map.of(),
                new EmployerMembership(company, EmployerRole.EMPLOYER_ADMIN), null);
        String bsn = CandidateFixtures.nextBsn();
        SubsidyRequestForm form = new SubsidyRequestForm();
        form.setEmployeeName("Vera Zegel");
        form.setBsn(bsn);
        long id = as(employer, () -> requests.saveDraft("hengelo", null, "jobcoaching", form)).id();
        SubsidyRequestForm complete = SubsidyForms.jobcoaching();
        complete.setBsn(bsn);
        long submitted = as(employer, () -> requests.submit("hengelo",
                requests.saveDraft("hengelo", null, "jobcoaching", complete).id())).id();

        assertThat(row(id)).contains("Vera Zegel").doesNotContain(bsn);

        // as an earlier version left it: the number in plain text, nothing sealed
        TenantContext.runAs("hengelo", () -> transaction.executeWithoutResult(status -> jdbc.sql("""
                        update subsidy_request set employee_bsn = :bsn, employee_bsn_sealed = null,
                               employee_bsn_index = null, employee_bsn_masked = null where id = :id""")
                .param("bsn", bsn).param("id", submitted).update()));
        assertThat(row(submitted)).contains(bsn);

        Integer sealed = TenantContext.callAs("hengelo", () -> transaction.execute(status -> sealer.seal()));

        assertThat(sealed).isGreaterThanOrEqualTo(1);
        assertThat(row(submitted)).doesNotContain(bsn);
        assertThat(as(consultant("sealer.hengelo", "hengelo"), "hengelo", () -> decisions.forEmployee(vault.index(new nl.werkbrug.shared.Bsn(bsn)))))
                .extracting(SubsidyRequestSummary::id).containsExactly(submitted);
        assertThat(as(consultant("sealer.hengelo", "hengelo"), "hengelo", () -> decisions.open(submitted)).orElseThrow().bsn())
                .isEqualTo(bsn);
        assertThat(as(employer, () -> requests.find("hengelo", id)).orElseThrow().bsn()).isEqualTo(bsn);
    }

    private String row(long id) {
        return TenantContext.callAs("hengelo", () -> transaction.execute(status -> jdbc.sql(
                "select row_to_json(r)::text from subsidy_request r where id = ?").param(id).query(String.class).single()));
    }
}
