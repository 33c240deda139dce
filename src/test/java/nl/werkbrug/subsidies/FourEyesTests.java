package nl.werkbrug.subsidies;

import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import nl.werkbrug.shared.DutchTime;
import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.identity.EmployerRole;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Four-eyes by rule: a grant that departs from the catalogue becomes a proposal, and no way around the second
 * consultant works. On the real database through the services, as consultants of Hengelo.
 */
@IntegrationTest
class FourEyesTests {

    @Autowired
    SubsidyRequests requests;
    @Autowired
    SubsidyDecisions decisions;

    @Autowired
    nl.werkbrug.employer.EmployerOrganisations organisations;

    PortalUser employer;

    @org.junit.jupiter.api.BeforeEach
    void employer() {
        employer = new PortalUser("vier-ogen-werkgever", "vier-ogen-werkgever", Map.of(), Map.of(),
                new EmployerMembership(nl.werkbrug.support.TestUsers.registeredEmployer(organisations, "99000042",
                        "Vier Ogen Werkgever"), EmployerRole.EMPLOYER_ADMIN), null);
    }
    final PortalUser proposer = consultant("vier-ogen-consulent", "hengelo");
    final PortalUser colleague = consultant("vier-ogen-collega", "hengelo");

    /**
     * Loonkostensubsidie for 32 hours from Monday 2 March 2026 for a year (first period: WML 14.71 an hour from
     * 1 January 2026), with a loonwaardemeting of 60% recorded by the consultant.
     */
    SubsidyRequestDetail loonkostensubsidie() {
        SubsidyRequestForm form = new SubsidyRequestForm();
        form.setEmployeeName("Fatima Yilmaz");
        form.setEmployeeBirthDate(LocalDate.of(1988, 6, 2));
        form.setBsn("111222333");
        form.setContractStart(LocalDate.of(2026, 3, 2));
        form.setContractEnd(LocalDate.of(2027, 3, 1));
        form.setHoursPerWeek(new BigDecimal("32"));
        form.setMonthlyWage(new BigDecimal("2300"));
        form.setLoonwaardePercent(new BigDecimal("60"));
        long id = as(employer, () -> requests.submit("hengelo",
                requests.saveDraft("hengelo", null, "loonkostensubsidie", form).id())).id();
        return as(proposer, "hengelo", () -> decisions.recordLoonwaardemeting(id, new Loonwaardemeting(
                "A. de Vries, arbeidsdeskundige", "Loonbalans", LocalDate.of(2026, 2, 20), new BigDecimal("60"))));
    }

    // The statutory amount per month for 32 hours at 60% loonwaarde, worked out by hand:
    // WML 14.71 x 32 x 52 / 12 = 2039.7867; 40% of it = 815.9147 -> 815.91; plus 23.5% employer costs 191.74 = 1007.65.
    static final String STATUTORY = "1007.65";

    @Test
    void a_grant_above_the_catalogue_amount_without_a_second_consultant_becomes_a_proposal_not_a_decision() {
        SubsidyRequestDetail request = loonkostensubsidie();

        SubsidyRequestDetail proposed = as(proposer, "hengelo", () -> decisions.decide(request.id(),
                new DecisionDraft(true, "Extra begeleidingskosten.", null, new BigDecimal("1200.00"))));

        assertThat(proposed.status()).isEqualTo(SubsidyStatus.INGEDIEND);
        assertThat(proposed.awaitingApproval()).isTrue();
        assertThat(proposed.decidedOn()).isNull();
        assertThat(proposed.proposedBy()).isEqualTo("vier-ogen-consulent");
        assertThat(proposed.departures()).containsExactly(
                FieldProblem.of("monthlyAmount", "subsidy.maatwerk.amount-above-rule", "1200.00", STATUTORY));
    }

    @Test
    void while_a_proposal_is_pending_nobody_can_decide_the_request_another_way_not_even_from_a_second_tab() {
        SubsidyRequestDetail request = loonkostensubsidie();
        as(proposer, "hengelo", () -> decisions.decide(request.id(),
                new DecisionDraft(true, "Extra begeleidingskosten.", null, new BigDecimal("1200.00"))));

        // The proposer's other tab still shows the decision form: a grant by the rule, or a refusal.
        assertThatThrownBy(() -> as(proposer, "hengelo", () -> decisions.decide(request.id(),
                DecisionDraft.of(true, "Dan maar volgens de regel."))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems()).containsExactly(
                        FieldProblem.of("approval", "subsidy.error.proposal-pending", "vier-ogen-consulent")));
        assertThatThrownBy(() -> as(colleague, "hengelo", () -> decisions.decide(request.id(),
                DecisionDraft.of(false, "Afgewezen."))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(proposer, "hengelo", () -> decisions.askForInformation(request.id(), "Nog iets?")))
                .isInstanceOf(InvalidInputException.class);

        SubsidyRequestDetail unchanged = as(colleague, "hengelo", () -> decisions.open(request.id())).orElseThrow();
        assertThat(unchanged.status()).isEqualTo(SubsidyStatus.INGEDIEND);
        assertThat(unchanged.monthlyAmount()).isEqualByComparingTo("1200.00");
        assertThat(unchanged.decisionReasons()).isEqualTo("Extra begeleidingskosten.");
    }

    @Test
    void a_proposer_can_never_approve_their_own_proposal_and_a_colleague_makes_it_take_effect() {
        SubsidyRequestDetail request = loonkostensubsidie();
        as(proposer, "hengelo", () -> decisions.decide(request.id(),
                new DecisionDraft(true, "Extra begeleidingskosten.", null, new BigDecimal("1200.00"))));

        assertThatThrownBy(() -> as(proposer, "hengelo", () -> decisions.approve(request.id())))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("subsidy.error.four-eyes"));

        SubsidyRequestDetail approved = as(colleague, "hengelo", () -> decisions.approve(request.id()));
        assertThat(approved.status()).isEqualTo(SubsidyStatus.TOEGEKEND);
        assertThat(approved.maatwerk()).isTrue();
        assertThat(approved.decidedBy()).isEqualTo("vier-ogen-consulent");
        assertThat(approved.approvedBy()).isEqualTo("vier-ogen-collega");
        assertThat(approved.monthlyAmount()).isEqualByComparingTo("1200.00");
        assertThatThrownBy(() -> as(colleague, "hengelo", () -> decisions.approve(request.id())))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_grant_within_the_rule_or_a_refusal_takes_effect_at_once() {
        SubsidyRequestDetail byTheRule = loonkostensubsidie();
        SubsidyRequestDetail refused = loonkostensubsidie();

        SubsidyRequestDetail granted = as(proposer, "hengelo", () -> decisions.decide(byTheRule.id(),
                new DecisionDraft(true, "Volgens de regel.", null, new BigDecimal(STATUTORY))));
        SubsidyRequestDetail no = as(proposer, "hengelo", () -> decisions.decide(refused.id(),
                new DecisionDraft(false, "Geen loonwaardemeting.", null, new BigDecimal("5000"))));

        assertThat(granted.status()).isEqualTo(SubsidyStatus.TOEGEKEND);
        assertThat(granted.maatwerk()).isFalse();
        assertThat(granted.monthlyAmount()).isEqualByComparingTo(STATUTORY);
        assertThat(no.status()).isEqualTo(SubsidyStatus.AFGEWEZEN);
        assertThat(no.monthlyAmount()).isNull();
        assertThat(no.departures()).isEmpty();
    }
}
