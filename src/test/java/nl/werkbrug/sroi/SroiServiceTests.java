package nl.werkbrug.sroi;

import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.employerUser;
import static nl.werkbrug.support.TestUsers.registeredEmployer;
import static nl.werkbrug.support.TestUsers.withTenantRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import nl.werkbrug.employer.EmployerOrganisations;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.identity.TenantRole;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.sroi.internal.SroiContractRepository;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** SROI contracts through the services, on the real database with row-level security. */
@IntegrationTest
class SroiServiceTests {

    @Autowired
    SroiContracts contracts;
    @Autowired
    SroiPlans plans;
    @Autowired
    EmployerOrganisations organisations;
    @Autowired
    SroiContractRepository repository;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    org.springframework.context.ApplicationContext portal;
    @Autowired
    nl.werkbrug.referrals.Referrals referrals;

    final PortalUser officer = withTenantRole("svc-sroi-hengelo", "hengelo", TenantRole.SROI_OFFICER);
    final PortalUser enschedeOfficer = withTenantRole("svc-sroi-enschede", "enschede", TenantRole.SROI_OFFICER);
    final PortalUser consultant = withTenantRole("svc-sroi-consulent", "hengelo", TenantRole.CONSULTANT);
    long contractorId;
    PortalUser contractor;
    PortalUser otherEmployer;

    @BeforeEach
    void employers() {
        contractorId = registeredEmployer(organisations, "99100011", "Sroi Bouw B.V.");
        contractor = employerUser("svc-sroi-bouw", contractorId);
        otherEmployer = employerUser("svc-sroi-ander", registeredEmployer(organisations, "99100012", "Ander Bouw B.V."));
    }

    SroiContractForm form(String value, String percentage) {
        SroiContractForm form = new SroiContractForm();
        form.setEmployerId(contractorId);
        form.setSubject("Onderhoud openbare ruimte");
        form.setContractValue(new BigDecimal(value));
        form.setPercentage(new BigDecimal(percentage));
        form.setPeriodStart(LocalDate.of(2026, 1, 1));
        form.setPeriodEnd(LocalDate.of(2027, 12, 31));
        form.setInterimReportDue(LocalDate.of(2026, 12, 31));
        form.setFinalReportDue(LocalDate.of(2028, 3, 31));
        return form;
    }

    static SroiLineForm line(String block, int persons, String hours, int months) {
        SroiLineForm line = new SroiLineForm();
        line.setBlockCode(block);
        line.setPersons(persons);
        line.setHoursPerWeek(new BigDecimal(hours));
        line.setMonths(months);
        return line;
    }

    SroiContractDetail registered() {
        return as(officer, "hengelo", () -> contracts.register(form("1000000", "5")));
    }

    static List<String> keys(InvalidInputException invalid) {
        return invalid.problems().stream().map(problem -> problem.field() + ":" + problem.messageKey()).toList();
    }

    @Test
    void a_contract_below_the_threshold_is_refused_at_its_value() {
        assertThatThrownBy(() -> as(officer, "hengelo", () -> contracts.register(form("99999.99", "5"))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> {
                    assertThat(keys(invalid)).containsExactly("contractValue:sroi.error.below-threshold");
                    assertThat(invalid.problems().getFirst().args()).containsExactly(new java.math.BigInteger("100000"));
                });
    }

    @Test
    void a_percentage_the_model_does_not_allow_is_refused() {
        assertThatThrownBy(() -> as(officer, "hengelo", () -> contracts.register(form("500000", "3"))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(FieldProblem.of("percentage", "sroi.error.percentage", "2%, 5%")));
    }

    @Test
    void a_registered_contract_carries_its_obligation_and_the_model_in_force() {
        SroiContractDetail contract = registered();
        // 1,000,000 × 5% = 50,000.00
        assertThat(contract.obligation()).isEqualTo(new BigDecimal("50000.00"));
        assertThat(contract.netObligation()).isEqualTo(new BigDecimal("50000.00"));
        assertThat(contract.model().label()).isEqualTo("Uniform Bouwblokkenmodel Oost-Nederland V05");
        assertThat(contract.state()).isEqualTo(ContractState.PLAN_GEVRAAGD);
    }

    @Test
    void only_the_sroi_officer_registers_contracts() {
        assertThatThrownBy(() -> as(consultant, "hengelo", () -> contracts.register(form("1000000", "5"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void another_municipality_does_not_see_the_contract() {
        long id = registered().id();
        assertThat(as(enschedeOfficer, "enschede", () -> contracts.contract(id))).isEmpty();
    }

    @Test
    void another_employer_never_reaches_the_contract_through_the_service() {
        long id = registered().id();
        assertThat(as(contractor, () -> plans.find("hengelo", id))).isPresent();
        assertThat(as(otherEmployer, () -> plans.find("hengelo", id))).isEmpty();
        assertThat(as(otherEmployer, () -> plans.mine())).extracting(SroiContractDetail::id).doesNotContain(id);
        assertThatThrownBy(() -> as(otherEmployer, () -> plans.submitPlan("hengelo", id,
                List.of(line("participatiewet-lang", 1, "36", 12))))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void row_level_security_hides_the_contract_from_another_employer_in_the_database() {
        long id = registered().id();
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        // the repository without the service's own check: the database itself leaves the row out
        java.util.Optional<?> seenByOther = as(otherEmployer, () -> TenantContext.callAs("hengelo",
                () -> transaction.execute(status -> repository.findById(id))));
        java.util.Optional<?> seenByContractor = as(contractor, () -> TenantContext.callAs("hengelo",
                () -> transaction.execute(status -> repository.findById(id))));
        assertThat(seenByOther).isEmpty();
        assertThat(seenByContractor).isPresent();
    }

    @Test
    void the_plan_goes_from_filed_to_accepted_and_realisations_wait_for_the_accepted_plan() {
        long id = registered().id();
        assertThatThrownBy(() -> as(officer, "hengelo", () -> contracts.acceptPlan(id)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        invalid -> assertThat(keys(invalid)).containsExactly("plan:sroi.error.plan-state"));
        SroiLineForm purchase = new SroiLineForm();
        purchase.setBlockCode("sociale-inkoop");
        purchase.setAmount(new BigDecimal("20000"));
        purchase.setCreditFactor("se-nl");
        purchase.setDescription("Groenonderhoud door sociale onderneming");
        purchase.setStartDate(LocalDate.of(2026, 3, 1));
        assertThatThrownBy(() -> as(contractor, () -> plans.recordRealisation("hengelo", id, purchase)))
                .isInstanceOf(InvalidInputException.class);

        // 2 persons × 40,000 × 24/36 × 12/12 = 2 × 26,666.67 = 53,333.34
        SroiContractDetail filed = as(contractor, () -> plans.submitPlan("hengelo", id,
                List.of(line("participatiewet-lang", 2, "24", 12))));
        assertThat(filed.state()).isEqualTo(ContractState.PLAN_INGEDIEND);
        assertThat(filed.plannedValue()).isEqualTo(new BigDecimal("53333.34"));
        assertThatThrownBy(() -> as(contractor, () -> plans.submitPlan("hengelo", id,
                List.of(line("nug", 1, "36", 12))))).isInstanceOf(InvalidInputException.class);

        SroiContractDetail changes = as(officer, "hengelo", () -> contracts.askChanges(id, "Ook sociale inkoop"));
        assertThat(changes.state()).isEqualTo(ContractState.WIJZIGING_GEVRAAGD);
        as(contractor, () -> plans.submitPlan("hengelo", id, List.of(line("participatiewet-lang", 2, "24", 12))));
        assertThat(as(officer, "hengelo", () -> contracts.acceptPlan(id)).state())
                .isEqualTo(ContractState.PLAN_GEACCEPTEERD);

        // a purchase needs no attestation: 20,000 × 0.50 = 10,000.00, accepted: 10,000 / 50,000 = 20.0%
        SroiContractDetail recorded = as(contractor, () -> plans.recordRealisation("hengelo", id, purchase,
                new SroiPlans.Invoice("factuur.pdf", "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
        SroiContractDetail.Realisation realisation = recorded.realisations().getFirst();
        assertThat(realisation.value()).isEqualTo(new BigDecimal("10000.00"));
        assertThat(realisation.state()).isEqualTo(RealisationState.INGEDIEND);
        SroiContractDetail accepted = as(officer, "hengelo", () -> contracts.acceptRealisation(id, realisation.id()));
        assertThat(accepted.acceptedValue()).isEqualTo(new BigDecimal("10000.00"));
        assertThat(accepted.fulfilledPercent()).isEqualTo(new BigDecimal("20.0"));
        assertThatThrownBy(() -> as(officer, "hengelo", () -> contracts.rejectRealisation(id, realisation.id(), "te laat")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_placement_names_a_pool_profile_the_employer_can_see() {
        long id = registered().id();
        as(contractor, () -> plans.submitPlan("hengelo", id, List.of(line("nug", 1, "36", 12))));
        as(officer, "hengelo", () -> contracts.acceptPlan(id));
        SroiLineForm placement = line("participatiewet-lang", 1, "36", 12);
        placement.setStartDate(LocalDate.of(2026, 2, 1));
        assertThatThrownBy(() -> as(contractor, () -> plans.recordRealisation("hengelo", id, placement)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        invalid -> assertThat(keys(invalid)).containsExactly("pseudonym:sroi.error.pseudonym-required"));
        placement.setPseudonym("P-AAAAA-AAAAA");
        assertThatThrownBy(() -> as(contractor, () -> plans.recordRealisation("hengelo", id, placement)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        invalid -> assertThat(keys(invalid)).containsExactly("pseudonym:sroi.error.pseudonym-unknown"));
    }

    @Test
    void a_placement_of_a_person_hired_through_a_referral_is_linked_to_it_and_placed_from_it() {
        var fixtures = nl.werkbrug.pool.IntroductionFixtures.of(portal);
        var candidate = fixtures.candidate("hengelo", "Sroivoordracht", nl.werkbrug.pool.Audience.EMPLOYERS);
        var company = fixtures.company();
        var proposed = as(candidate.consultant(), "hengelo", () -> referrals.propose(candidate.profileId(),
                company.vacancy().id(), null));
        as(company.user(), () -> referrals.open(proposed.id()));
        as(company.user(), () -> referrals.invite(proposed.id()));
        LocalDate start = LocalDate.now(nl.werkbrug.shared.DutchTime.ZONE);
        as(company.user(), () -> referrals.hire(proposed.id(), new nl.werkbrug.referrals.Plaatsing(start,
                new BigDecimal("18"), nl.werkbrug.employer.ContractType.TEMPORARY)));
        SroiContractForm form = form("1000000", "5");
        form.setEmployerId(company.id());
        long id = as(officer, "hengelo", () -> contracts.register(form)).id();
        as(company.user(), () -> plans.submitPlan("hengelo", id, List.of(line("nug", 1, "36", 12))));
        as(officer, "hengelo", () -> contracts.acceptPlan(id));

        SroiLineForm placement = new SroiLineForm();
        placement.setBlockCode("participatiewet-lang");
        placement.setPseudonym(candidate.pseudonym().toLowerCase(java.util.Locale.ROOT));
        placement.setMonths(6);
        SroiContractDetail.Realisation recorded = as(company.user(),
                () -> plans.recordRealisation("hengelo", id, placement)).realisations().getFirst();

        // start and hours from the referral's placement: 40,000 × 18/36 × 6/12 = 10,000.00
        assertThat(recorded.viaReferral()).isTrue();
        assertThat(recorded.startDate()).isEqualTo(start);
        assertThat(recorded.hoursPerWeek()).isEqualByComparingTo("18");
        assertThat(recorded.value()).isEqualTo(new BigDecimal("10000.00"));
        assertThat(recorded.residenceTenant()).isEqualTo("hengelo");
        assertThat(recorded.state()).isEqualTo(RealisationState.WACHT_OP_DOELGROEP);
        assertThat(as(officer, "hengelo", () -> contracts.awaitingAttestation()))
                .anySatisfy(waiting -> assertThat(waiting.realisationId()).isEqualTo(recorded.id()));
    }

    @Test
    void the_municipality_of_residence_attests_with_consent_and_a_no_keeps_the_placement_from_counting() {
        var candidate = nl.werkbrug.pool.IntroductionFixtures.of(portal).candidate("hengelo", "Sroiverklaring",
                nl.werkbrug.pool.Audience.EMPLOYERS);
        SroiContractForm overdue = form("1000000", "5");
        overdue.setInterimReportDue(LocalDate.now(nl.werkbrug.shared.DutchTime.ZONE).minusDays(1));
        long id = as(officer, "hengelo", () -> contracts.register(overdue)).id();
        as(contractor, () -> plans.submitPlan("hengelo", id, List.of(line("nug", 1, "36", 12))));
        as(officer, "hengelo", () -> contracts.acceptPlan(id));
        SroiLineForm placement = line("ww-kort", 1, "36", 18);
        placement.setPseudonym(candidate.pseudonym());
        placement.setStartDate(LocalDate.of(2026, 2, 1));
        // WW < 1 year counts 1 year: 10,000 × 36/36 × 12/12 = 10,000.00
        SroiContractDetail.Realisation recorded = as(contractor,
                () -> plans.recordRealisation("hengelo", id, placement)).realisations().getFirst();
        assertThat(recorded.value()).isEqualTo(new BigDecimal("10000.00"));
        assertThatThrownBy(() -> as(officer, "hengelo", () -> contracts.acceptRealisation(id, recorded.id())))
                .as("not before the attestation").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(enschedeOfficer, "enschede",
                () -> { contracts.attest(recorded.id(), true, LocalDate.of(2026, 2, 1), "SCHRIFTELIJK"); return 0; }))
                .as("only the municipality of residence attests").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(consultant, "hengelo",
                () -> { contracts.attest(recorded.id(), true, LocalDate.of(2026, 2, 1), null); return 0; }))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        invalid -> assertThat(keys(invalid)).containsExactly("consentBasis:sroi.error.consent-required"));

        as(consultant, "hengelo", () -> { contracts.attest(recorded.id(), false, null, "MONDELING"); return 0; });

        SroiContractDetail after = as(contractor, () -> plans.find("hengelo", id)).orElseThrow();
        assertThat(after.realisations().getFirst().state()).isEqualTo(RealisationState.DOELGROEP_NIET_BEVESTIGD);
        assertThat(after.realisations().getFirst().attested()).isFalse();
        assertThatThrownBy(() -> as(officer, "hengelo", () -> contracts.acceptRealisation(id, recorded.id())))
                .isInstanceOf(InvalidInputException.class);
        assertThat(after.acceptedValue()).isEqualByComparingTo("0");
        assertThat(after.interimOverdue()).as("due yesterday, not filed").isTrue();
        assertThat(as(officer, "hengelo", () -> contracts.fileInterimReport(id)).interimOverdue()).isFalse();
    }

    @Test
    void the_final_report_records_the_agreed_consequence_of_an_obligation_not_met() throws Exception {
        long id = registered().id();
        as(contractor, () -> plans.submitPlan("hengelo", id, List.of(line("nug", 1, "36", 12))));
        as(officer, "hengelo", () -> contracts.acceptPlan(id));
        assertThatThrownBy(() -> as(officer, "hengelo", () -> contracts.fileFinalReport(id, null, null)))
                .as("0% fulfilled needs the consequence").isInstanceOfSatisfying(InvalidInputException.class,
                        invalid -> assertThat(keys(invalid)).containsExactly("consequence:sroi.error.consequence-required"));

        SroiContractDetail filed = as(officer, "hengelo", () -> contracts.fileFinalReport(id, Consequence.BOETE,
                "Boete van 5.000 euro volgens artikel 12 van het contract"));

        assertThat(filed.consequence()).isEqualTo(Consequence.BOETE);
        assertThat(filed.finalOverdue()).isFalse();
        byte[] pdf = as(officer, "hengelo", () -> contracts.finalReport(id)).orElseThrow();
        String text;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Eindrapportage social return", "Verplichting: € 50.000,00",
                "Percentage gerealiseerd: 0%", "Afgesproken gevolg: boete. Boete van 5.000 euro");
        assertThatThrownBy(() -> as(officer, "hengelo", () -> contracts.fileFinalReport(id, Consequence.BOETE, "x")))
                .as("filed once").isInstanceOf(InvalidInputException.class);
    }
}
