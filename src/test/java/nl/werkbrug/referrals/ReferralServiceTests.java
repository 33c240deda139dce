package nl.werkbrug.referrals;

import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;
import static nl.werkbrug.support.TestUsers.withTenantRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import nl.werkbrug.candidates.CandidateFiles;
import nl.werkbrug.candidates.FileEntry;
import nl.werkbrug.candidates.OutflowReason;
import nl.werkbrug.employer.ContractType;
import nl.werkbrug.employer.Vacancies;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.identity.TenantRole;
import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditEntry;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.platform.AuditQuery;
import nl.werkbrug.pool.Audience;
import nl.werkbrug.pool.ConsentBasis;
import nl.werkbrug.pool.ConsentEntry;
import nl.werkbrug.pool.PoolConsents;
import nl.werkbrug.pool.IntroductionFixtures;
import nl.werkbrug.pool.IntroductionFixtures.Company;
import nl.werkbrug.pool.IntroductionFixtures.PoolCandidate;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.support.MutableClock;
import nl.werkbrug.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Referrals through the real services and the embedded PostgreSQL with its row-level security: Hengelo owns the
 * candidates, Enschede proposes them too, employers of their own answer.
 */
@IntegrationTest
class ReferralServiceTests {

    @Autowired
    Referrals referrals;
    @Autowired
    CandidateFiles files;
    @Autowired
    Vacancies vacancies;
    @Autowired
    PoolConsents consents;
    @Autowired
    AuditLog audit;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext portal;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    final PortalUser enschede = consultant("voordracht-consulent-enschede", "enschede");

    IntroductionFixtures fixtures() {
        return IntroductionFixtures.of(portal);
    }

    @Test
    void another_municipalitys_proposal_reaches_the_employer_only_after_the_owner_agrees_and_never_another_employer() {
        PoolCandidate candidate = fixtures().candidate("hengelo", "Akkoord", Audience.REGION_CONSULTANTS,
                Audience.EMPLOYERS);
        Company company = fixtures().company();
        Company other = fixtures().company();

        Referral proposed = as(enschede, "enschede", () -> referrals.propose(candidate.profileId(),
                company.vacancy().id(), "Ervaren lasser, wil graag in Hengelo werken"));

        assertThat(proposed.state()).isEqualTo(VoordrachtState.WACHT_OP_AKKOORD);
        assertThat(proposed.ownerTenant()).isEqualTo("hengelo");
        assertThat(proposed.proposerTenant()).isEqualTo("enschede");
        assertThat(proposed.pseudonym()).isEqualTo(candidate.pseudonym());
        assertThat(as(company.user(), () -> referrals.inbox())).noneMatch(found -> found.id().equals(proposed.id()));
        assertThat(as(company.user(), () -> referrals.open(proposed.id()))).isEmpty();
        assertThat(problems(() -> as(company.user(), () -> referrals.invite(proposed.id()))))
                .containsExactly("referral referral.error.not-found");
        assertThat(as(enschede, "enschede", () -> referrals.awaitingAgreement()))
                .noneMatch(found -> found.id().equals(proposed.id()));
        assertThat(problems(() -> as(enschede, "enschede", () -> referrals.agree(proposed.id()))))
                .as("the proposer cannot agree for the owner").containsExactly("referral referral.error.not-found");
        assertThat(as(candidate.consultant(), "hengelo", () -> referrals.awaitingAgreement()))
                .filteredOn(found -> found.id().equals(proposed.id())).singleElement()
                .satisfies(found -> assertThat(found.fileId()).isEqualTo(candidate.fileId()));

        Referral agreed = as(candidate.consultant(), "hengelo", () -> referrals.agree(proposed.id()));

        assertThat(agreed.state()).isEqualTo(VoordrachtState.VOORGESTELD);
        assertThat(agreed.agreedBy()).isEqualTo(candidate.consultant().username());
        assertThat(agreed.sentAt()).isNotNull();
        assertThat(as(company.user(), () -> referrals.inbox())).extracting(Referral::id).containsExactly(proposed.id());
        assertThat(as(other.user(), () -> referrals.inbox())).isEmpty();
        assertThat(as(other.user(), () -> referrals.open(proposed.id()))).isEmpty();
        assertThat(problems(() -> as(other.user(), () -> referrals.invite(proposed.id()))))
                .containsExactly("referral referral.error.not-found");
        assertThat(problems(() -> as(other.user(), () -> referrals.reject(proposed.id(), AfwijzingsReden.TAAL, null))))
                .containsExactly("referral referral.error.not-found");
        assertThat(as(enschede, "enschede", () -> referrals.mine())).filteredOn(found -> found.id().equals(proposed.id()))
                .singleElement().satisfies(found -> assertThat(found.state()).isEqualTo(VoordrachtState.VOORGESTELD));
    }

    @Test
    void the_employer_opens_invites_and_hires_the_file_records_outflow_to_work_and_the_other_proposal_lapses() {
        PoolCandidate candidate = fixtures().candidate("hengelo", "Plaatsing", Audience.EMPLOYERS);
        Company company = fixtures().company();
        Company elsewhere = fixtures().company();
        PortalUser hengelo = candidate.consultant();
        Referral proposed = as(hengelo, "hengelo", () -> referrals.propose(candidate.profileId(),
                company.vacancy().id(), null));
        Referral second = as(hengelo, "hengelo", () -> referrals.propose(candidate.profileId(),
                elsewhere.vacancy().id(), null));
        assertThat(proposed.state()).as("the owner's own proposal needs no agreement")
                .isEqualTo(VoordrachtState.VOORGESTELD);

        assertThat(as(company.user(), () -> referrals.open(proposed.id()))).get()
                .satisfies(found -> assertThat(found.state()).isEqualTo(VoordrachtState.BEKEKEN));
        assertThat(as(company.user(), () -> referrals.contact(proposed.id()))).as("pseudonymous until invited").isEmpty();
        assertThat(problems(() -> as(company.user(), () -> referrals.hire(proposed.id(), placement()))))
                .as("no hire before an invitation").containsExactly("referral referral.error.state");
        as(company.user(), () -> referrals.invite(proposed.id()));
        assertThat(as(company.user(), () -> referrals.contact(proposed.id()))).get()
                .satisfies(contact -> assertThat(contact.name()).isEqualTo("Sanne Plaatsing"));
        assertThat(hengeloAudit(AuditAction.POOL_IDENTITY_REVEALED, company.user().username())).singleElement()
                .satisfies(entry -> assertThat(entry.detail()).contains("werkgever:" + company.id(),
                        "voordracht " + proposed.id()));

        Referral hired = as(company.user(), () -> referrals.hire(proposed.id(), placement()));

        assertThat(hired.state()).isEqualTo(VoordrachtState.AANGENOMEN);
        assertThat(hired.placement()).isEqualTo(placement());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(as(hengelo, "hengelo", () -> referrals.mine())).filteredOn(found -> found.id().equals(second.id()))
                    .singleElement().satisfies(found -> {
                        assertThat(found.state()).isEqualTo(VoordrachtState.VERVALLEN);
                        assertThat(found.lapseCause()).isEqualTo(LapseCause.ELDERS_AANGENOMEN);
                    });
            assertThat(as(hengelo, "hengelo", () -> files.find(candidate.fileId())).orElseThrow()).satisfies(file -> {
                assertThat(file.outflowReason()).isEqualTo(OutflowReason.WERK);
                assertThat(file.closedOn()).isEqualTo(LocalDate.now(clock));
            });
        });
        assertThat(as(hengelo, "hengelo", () -> referrals.placementsOf(candidate.fileId())))
                .extracting(Referral::id).containsExactly(proposed.id());
        assertThat(as(enschede, "enschede", () -> referrals.placementsOf(candidate.fileId()))).isEmpty();
        assertThat(as(elsewhere.user(), () -> referrals.inbox())).singleElement()
                .satisfies(found -> assertThat(found.state()).isEqualTo(VoordrachtState.VERVALLEN));
    }

    @Test
    void open_proposals_lapse_when_the_employer_closes_the_vacancy() {
        PoolCandidate hengeloCandidate = fixtures().candidate("hengelo", "Sluiting", Audience.EMPLOYERS,
                Audience.REGION_CONSULTANTS);
        PoolCandidate ownCandidate = fixtures().candidate("enschede", "Sluiting", Audience.EMPLOYERS);
        Company company = fixtures().company();
        Referral awaiting = as(enschede, "enschede", () -> referrals.propose(hengeloCandidate.profileId(),
                company.vacancy().id(), null));
        Referral sent = as(ownCandidate.consultant(), "enschede", () -> referrals.propose(ownCandidate.profileId(),
                company.vacancy().id(), null));

        as(company.user(), () -> vacancies.close(company.vacancy().id()));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(as(enschede, "enschede", () -> referrals.mine())).filteredOn(found -> found.id().equals(awaiting.id()))
                    .singleElement().satisfies(found -> assertThat(found.lapseCause())
                            .isEqualTo(LapseCause.VACATURE_GESLOTEN));
            assertThat(as(ownCandidate.consultant(), "enschede", () -> referrals.mine()))
                    .filteredOn(found -> found.id().equals(sent.id())).singleElement()
                    .satisfies(found -> assertThat(found.state()).isEqualTo(VoordrachtState.VERVALLEN));
        });
        assertThat(problems(() -> as(enschede, "enschede", () -> referrals.propose(hengeloCandidate.profileId(),
                company.vacancy().id(), null)))).containsExactly("vacancy referral.error.vacancy");
    }

    @Test
    void open_proposals_lapse_when_the_consultant_records_outflow_to_work_found_outside_the_portal() {
        PoolCandidate candidate = fixtures().candidate("hengelo", "Zelfgevonden", Audience.EMPLOYERS);
        Company company = fixtures().company();
        Referral proposed = as(candidate.consultant(), "hengelo", () -> referrals.propose(candidate.profileId(),
                company.vacancy().id(), null));

        as(candidate.consultant(), "hengelo", () -> files.recordOutflow(candidate.fileId(),
                new FileEntry.OutflowEntry(OutflowReason.WERK, LocalDate.now(clock))));

        // lapsed in the transaction that recorded the outflow: done when it is, no waiting
        assertThat(as(candidate.consultant(), "hengelo", () -> referrals.mine())).filteredOn(found -> found.id()
                .equals(proposed.id())).singleElement().satisfies(found -> {
                    assertThat(found.state()).isEqualTo(VoordrachtState.VERVALLEN);
                    assertThat(found.lapseCause()).isEqualTo(LapseCause.ELDERS_AANGENOMEN);
                });
    }

    @Test
    void two_hires_of_one_candidate_at_the_same_moment_place_the_candidate_once() throws Exception {
        PoolCandidate candidate = fixtures().candidate("hengelo", "Tegelijk", Audience.EMPLOYERS);
        List<Company> companies = List.of(fixtures().company(), fixtures().company());
        List<UUID> invited = new ArrayList<>();
        for (Company company : companies) {
            Referral proposed = as(candidate.consultant(), "hengelo", () -> referrals.propose(candidate.profileId(),
                    company.vacancy().id(), null));
            as(company.user(), () -> referrals.open(proposed.id()));
            as(company.user(), () -> referrals.invite(proposed.id()));
            invited.add(proposed.id());
        }
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<String>> hires = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Company company = companies.get(i);
            UUID id = invited.get(i);
            hires.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await(10, TimeUnit.SECONDS);
                    return as(company.user(), () -> referrals.hire(id, placement())).state().name();
                } catch (InvalidInputException refused) {
                    return refused.problems().getFirst().messageKey();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (CompletableFuture<String> hire : hires) {
            outcomes.add(hire.get(30, TimeUnit.SECONDS));
        }

        assertThat(outcomes).containsExactlyInAnyOrder("AANGENOMEN", "referral.error.placed-elsewhere");
    }

    @Test
    void only_the_proposing_consultant_withdraws_and_a_profile_without_employer_consent_cannot_be_proposed() {
        PoolCandidate candidate = fixtures().candidate("hengelo", "Terugtrekken", Audience.REGION_CONSULTANTS,
                Audience.EMPLOYERS);
        PoolCandidate consultantsOnly = fixtures().candidate("hengelo", "Alleenconsulenten",
                Audience.REGION_CONSULTANTS);
        Company company = fixtures().company();
        PortalUser colleague = consultant("voordracht-collega-enschede", "enschede");
        Referral proposed = as(enschede, "enschede", () -> referrals.propose(candidate.profileId(),
                company.vacancy().id(), null));

        assertThat(problems(() -> as(colleague, "enschede", () -> referrals.withdraw(proposed.id()))))
                .containsExactly("referral referral.error.not-proposer");
        assertThat(as(enschede, "enschede", () -> referrals.withdraw(proposed.id())).state())
                .isEqualTo(VoordrachtState.TERUGGETROKKEN);
        assertThat(problems(() -> as(candidate.consultant(), "hengelo", () -> referrals.agree(proposed.id()))))
                .containsExactly("referral referral.error.state");
        assertThat(problems(() -> as(enschede, "enschede", () -> referrals.propose(consultantsOnly.profileId(),
                company.vacancy().id(), null)))).containsExactly("profile referral.error.no-employer-consent");
        assertThat(problems(() -> as(enschede, "enschede", () -> referrals.propose(candidate.profileId(), null, null))))
                .containsExactly("vacancy referral.error.vacancy-required");
        as(enschede, "enschede", () -> referrals.propose(candidate.profileId(), company.vacancy().id(), null));
        assertThat(problems(() -> as(enschede, "enschede", () -> referrals.propose(candidate.profileId(),
                company.vacancy().id(), null)))).as("one open proposal per profile and vacancy")
                .containsExactly("vacancy referral.error.open");
    }

    @Test
    void an_invited_candidate_who_withdraws_employer_consent_is_no_longer_shown_to_the_employer() {
        PoolCandidate candidate = fixtures().candidate("hengelo", "Intrekking", Audience.EMPLOYERS);
        Company company = fixtures().company();
        Referral proposed = as(candidate.consultant(), "hengelo", () -> referrals.propose(candidate.profileId(),
                company.vacancy().id(), null));
        as(company.user(), () -> referrals.open(proposed.id()));
        as(company.user(), () -> referrals.invite(proposed.id()));
        assertThat(as(company.user(), () -> referrals.contact(proposed.id()))).isPresent();

        as(candidate.consultant(), "hengelo", () -> consents.withdraw(candidate.fileId(),
                new ConsentEntry(Audience.EMPLOYERS, "Wil niet meer gevonden worden", ConsentBasis.MONDELING)));

        assertThat(as(company.user(), () -> referrals.contact(proposed.id()))).isEmpty();
    }

    @Test
    void the_database_refuses_a_second_hire_of_one_profile_and_shows_an_employer_only_its_own_referrals() {
        PoolCandidate candidate = fixtures().candidate("hengelo", "Databank", Audience.EMPLOYERS);
        Company first = fixtures().company();
        Company second = fixtures().company();
        UUID toFirst = as(candidate.consultant(), "hengelo", () -> referrals.propose(candidate.profileId(),
                first.vacancy().id(), null)).id();
        UUID toSecond = as(candidate.consultant(), "hengelo", () -> referrals.propose(candidate.profileId(),
                second.vacancy().id(), null)).id();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        String hire = """
                update referral set state = 'AANGENOMEN', placement_start = current_date, placement_hours = 32,
                    placement_contract = 'PERMANENT' where id = :id""";

        TenantContext.runAs("hengelo", () -> transaction.executeWithoutResult(status ->
                jdbc.sql(hire).param("id", toFirst).update()));

        assertThatThrownBy(() -> TenantContext.runAs("hengelo", () -> transaction.executeWithoutResult(status ->
                jdbc.sql(hire).param("id", toSecond).update()))).isInstanceOf(DuplicateKeyException.class);
        String count = "select count(*) from referral where id in (:ids)";
        Long seen = as(second.user(), () -> transaction.execute(status -> jdbc.sql(count)
                .param("ids", List.of(toFirst, toSecond)).query(Long.class).single()));
        assertThat(seen).as("employer B sees its own referral only, even through SQL").isEqualTo(1L);
    }

    static Plaatsing placement() {
        return new Plaatsing(LocalDate.now(nl.werkbrug.shared.DutchTime.ZONE), new BigDecimal("32.0"),
                ContractType.PERMANENT);
    }

    private List<AuditEntry> hengeloAudit(AuditAction action, String actor) {
        return as(withTenantRole("voordracht-admin", "hengelo", TenantRole.TENANT_ADMIN), "hengelo",
                () -> audit.tenantEntries(new AuditQuery(action, actor, null, null, 50)));
    }

    private static List<String> problems(Runnable work) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, work::run);
        assertThat(refused).as("refused with problems").isNotNull();
        return refused.problems().stream().map(problem -> problem.field() + " " + problem.messageKey()).toList();
    }
}
