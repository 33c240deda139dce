package nl.werkbrug.sroi;

import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.withTenantRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import nl.werkbrug.employer.ContractType;
import nl.werkbrug.employer.Vacancies;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.identity.TenantRole;
import nl.werkbrug.pool.Audience;
import nl.werkbrug.pool.IntroductionFixtures;
import nl.werkbrug.referrals.Plaatsing;
import nl.werkbrug.referrals.Referrals;
import nl.werkbrug.shared.DutchTime;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.sroi.internal.SroiVacancyLinkRepository;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SROI vacancies, proposals, invoices and the attestation by another municipality of residence, through the services
 * on the real database: a Hengelo contract's vacancy, an Enschede resident hired on it through a referral, the
 * proposal the contractor confirms, Enschede's attestation, and a purchase with its invoice.
 */
@IntegrationTest
class SroiVacancyServiceTests {

    @Autowired
    SroiContracts contracts;
    @Autowired
    SroiPlans plans;
    @Autowired
    Referrals referrals;
    @Autowired
    Vacancies vacancies;
    @Autowired
    ApplicationContext portal;
    @Autowired
    SroiVacancyLinkRepository links;
    @Autowired
    PlatformTransactionManager transactions;

    final PortalUser officer = withTenantRole("svc-sroivac-hengelo", "hengelo", TenantRole.SROI_OFFICER);
    final PortalUser hengeloConsultant = withTenantRole("svc-sroivac-consulent", "hengelo", TenantRole.CONSULTANT);
    final PortalUser enschedeConsultant = withTenantRole("svc-sroivac-enschede", "enschede", TenantRole.CONSULTANT);

    /** A Hengelo contract of the company with an accepted plan. */
    long acceptedContract(IntroductionFixtures.Company company) {
        SroiContractForm form = new SroiContractForm();
        form.setEmployerId(company.id());
        form.setSubject("Beheer sportparken");
        form.setContractValue(new BigDecimal("1000000"));
        form.setPercentage(new BigDecimal("5"));
        form.setPeriodStart(LocalDate.of(2026, 1, 1));
        form.setPeriodEnd(LocalDate.of(2027, 12, 31));
        form.setInterimReportDue(LocalDate.of(2026, 12, 31));
        form.setFinalReportDue(LocalDate.of(2028, 3, 31));
        long id = as(officer, "hengelo", () -> contracts.register(form)).id();
        as(company.user(), () -> plans.submitPlan("hengelo", id, List.of(SroiServiceTests.line("nug", 1, "36", 12))));
        as(officer, "hengelo", () -> contracts.acceptPlan(id));
        return id;
    }

    @Test
    void a_hire_on_an_sroi_vacancy_becomes_a_proposal_the_contractor_confirms_and_the_residence_attests() {
        IntroductionFixtures fixtures = IntroductionFixtures.of(portal);
        var candidate = fixtures.candidate("enschede", "Sroivacature", Audience.EMPLOYERS);
        var company = fixtures.company();
        long id = acceptedContract(company);
        long vacancyId = company.vacancy().id();

        SroiContractDetail published = as(company.user(), () -> plans.publishVacancy("hengelo", id, vacancyId));
        assertThat(published.vacancies()).containsExactly(vacancyId);
        assertThat(as(company.user(), () -> vacancies.mine(vacancyId)).orElseThrow().sroi()).isTrue();
        assertThatThrownBy(() -> as(company.user(), () -> plans.publishVacancy("hengelo", id, vacancyId)))
                .as("once").isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(
                        SroiServiceTests.keys(invalid)).containsExactly("vacancyId:sroi.error.vacancy-linked"));

        // Enschede proposes its resident; the company invites and hires: 18 hours from today
        var proposed = as(enschedeConsultant, "enschede", () -> referrals.propose(candidate.profileId(), vacancyId, null));
        as(company.user(), () -> referrals.open(proposed.id()));
        as(company.user(), () -> referrals.invite(proposed.id()));
        LocalDate start = LocalDate.now(DutchTime.ZONE);
        as(company.user(), () -> referrals.hire(proposed.id(), new Plaatsing(start, new BigDecimal("18"),
                ContractType.TEMPORARY)));

        SroiContractDetail.Realisation proposal = await().atMost(Duration.ofSeconds(20)).until(
                () -> as(company.user(), () -> plans.find("hengelo", id)).orElseThrow().proposals(),
                found -> found.size() == 1).getFirst();
        assertThat(proposal.state()).isEqualTo(RealisationState.VOORGESTELD);
        assertThat(proposal.viaReferral()).isTrue();
        assertThat(proposal.residenceTenant()).isEqualTo("enschede");
        assertThat(proposal.startDate()).isEqualTo(start);
        assertThat(proposal.value()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> as(officer, "hengelo", () -> contracts.acceptRealisation(id, proposal.id())))
                .as("a proposal is not judged").isInstanceOf(InvalidInputException.class);

        // confirmed with its block: 40,000 × 18/36 × 6/12 = 10,000.00 (hours and start from the placement)
        SroiLineForm confirm = new SroiLineForm();
        confirm.setProposalId(proposal.id());
        confirm.setBlockCode("participatiewet-lang");
        confirm.setMonths(6);
        SroiContractDetail confirmed = as(company.user(), () -> plans.recordRealisation("hengelo", id, confirm));
        assertThat(confirmed.realisations()).hasSize(1);
        SroiContractDetail.Realisation realisation = confirmed.realisations().getFirst();
        assertThat(realisation.id()).isEqualTo(proposal.id());
        assertThat(realisation.value()).isEqualTo(new BigDecimal("10000.00"));
        assertThat(realisation.pseudonym()).isEqualTo(candidate.pseudonym());
        assertThat(realisation.state()).isEqualTo(RealisationState.WACHT_OP_DOELGROEP);

        // Enschede, the municipality of residence, attests it; Hengelo (the contracting one) does not see it to attest
        assertThat(as(hengeloConsultant, "hengelo", () -> contracts.awaitingAttestation()))
                .noneMatch(waiting -> waiting.realisationId() == realisation.id());
        assertThat(as(enschedeConsultant, "enschede", () -> contracts.awaitingAttestation()))
                .filteredOn(waiting -> waiting.realisationId() == realisation.id()).singleElement()
                .satisfies(waiting -> {
                    assertThat(waiting.contracting()).isEqualTo("hengelo");
                    assertThat(waiting.contractId()).isEqualTo(id);
                });
        assertThatThrownBy(() -> as(hengeloConsultant, "hengelo", () -> {
            contracts.attest("hengelo", realisation.id(), true, start, "SCHRIFTELIJK");
            return 0;
        })).as("only the municipality of residence").isInstanceOf(AccessDeniedException.class);
        as(enschedeConsultant, "enschede", () -> {
            contracts.attest("hengelo", realisation.id(), true, start, "SCHRIFTELIJK");
            return 0;
        });
        SroiContractDetail accepted = as(officer, "hengelo", () -> contracts.acceptRealisation(id, realisation.id()));
        // 10,000 × 100 / 50,000 = 20.0%
        assertThat(accepted.fulfilledPercent()).isEqualTo(new BigDecimal("20.0"));

        // the contractor learns yes and from when, nothing of a benefit
        SroiContractDetail.Realisation seen = as(company.user(), () -> plans.find("hengelo", id)).orElseThrow()
                .realisations().getFirst();
        assertThat(seen.attested()).isTrue();
        assertThat(seen.attestedFrom()).isEqualTo(start);
        assertThat(Arrays.stream(SroiContractDetail.Realisation.class.getRecordComponents())
                .map(component -> component.getName().toLowerCase(java.util.Locale.ROOT)))
                .noneMatch(name -> name.contains("benefit") || name.contains("uitkering") || name.contains("consent"));
    }

    @Test
    void a_hire_finds_the_contracting_municipality_in_one_transaction_for_the_contracts_employer_only() {
        IntroductionFixtures fixtures = IntroductionFixtures.of(portal);
        var company = fixtures.company();
        long id = acceptedContract(company);
        long vacancyId = company.vacancy().id();
        as(company.user(), () -> plans.publishVacancy("hengelo", id, vacancyId));
        var other = fixtures.company();

        // asked in an Enschede transaction (the referring municipality's), which cannot see Hengelo's link itself
        assertThat(inEnschede(() -> links.findByVacancyId(vacancyId))).isEmpty();
        assertThat(inEnschede(() -> links.findContractingTenant(vacancyId, company.id()))).contains("hengelo");
        assertThat(inEnschede(() -> links.findContractingTenant(vacancyId, other.id()))).as("another employer").isEmpty();
        assertThat(inEnschede(() -> links.findContractingTenant(other.vacancy().id(), other.id())))
                .as("a vacancy without a contract").isEmpty();
    }

    private <T> Optional<T> inEnschede(java.util.function.Supplier<Optional<T>> query) {
        return TenantContext.callAs("enschede", () -> new TransactionTemplate(transactions).execute(status -> query.get()));
    }

    @Test
    void another_employer_cannot_open_a_vacancy_for_the_contract_nor_a_vacancy_not_its_own() {
        IntroductionFixtures fixtures = IntroductionFixtures.of(portal);
        var company = fixtures.company();
        var other = fixtures.company();
        long id = acceptedContract(company);
        assertThatThrownBy(() -> as(company.user(), () -> plans.publishVacancy("hengelo", id, other.vacancy().id())))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(
                        SroiServiceTests.keys(invalid)).containsExactly("vacancyId:sroi.error.vacancy-unknown"));
        assertThatThrownBy(() -> as(other.user(), () -> plans.publishVacancy("hengelo", id, other.vacancy().id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_purchase_carries_its_invoice_as_a_pdf_and_the_officer_reads_it() {
        var company = IntroductionFixtures.of(portal).company();
        long id = acceptedContract(company);
        SroiLineForm purchase = new SroiLineForm();
        purchase.setBlockCode("sociale-inkoop");
        purchase.setAmount(new BigDecimal("20000"));
        purchase.setCreditFactor("cso-register");
        purchase.setDescription("Schoonmaak door sociale onderneming");
        purchase.setStartDate(LocalDate.of(2026, 3, 1));
        byte[] pdf = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> as(company.user(), () -> plans.recordRealisation("hengelo", id, purchase)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(
                        SroiServiceTests.keys(invalid)).containsExactly("invoice:sroi.error.invoice-required"));
        assertThatThrownBy(() -> as(company.user(), () -> plans.recordRealisation("hengelo", id, purchase,
                new SroiPlans.Invoice("factuur.pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G'}))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(
                        SroiServiceTests.keys(invalid)).containsExactly("invoice:sroi.upload.wrong-type"));
        assertThatThrownBy(() -> as(company.user(), () -> plans.recordRealisation("hengelo", id, purchase,
                new SroiPlans.Invoice("groot.pdf", new byte[SroiInvoices.MAX_BYTES + 1]))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(
                        SroiServiceTests.keys(invalid)).containsExactly("invoice:sroi.upload.too-large"));

        // the Code Sociale Ondernemingen credits 100%: 20,000 × 1.00 = 20,000.00
        SroiContractDetail.Realisation recorded = as(company.user(), () -> plans.recordRealisation("hengelo", id,
                purchase, new SroiPlans.Invoice("factuur-2026-031.pdf", pdf))).realisations().getFirst();
        assertThat(recorded.value()).isEqualTo(new BigDecimal("20000.00"));
        assertThat(recorded.invoiceName()).isEqualTo("factuur-2026-031.pdf");
        assertThat(as(officer, "hengelo", () -> contracts.invoice(id, recorded.id())).orElseThrow().content())
                .isEqualTo(pdf);
        assertThat(as(company.user(), () -> plans.invoice("hengelo", id, recorded.id()))).isPresent();
    }
}
