package nl.werkbrug.pool;

import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;
import static nl.werkbrug.support.TestUsers.withTenantRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import nl.werkbrug.candidates.CandidateFiles;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.identity.TenantRole;
import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditEntry;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.platform.AuditQuery;
import nl.werkbrug.platform.OutboxMail;
import nl.werkbrug.platform.OutgoingMail;
import nl.werkbrug.pool.IntroductionFixtures.Company;
import nl.werkbrug.pool.IntroductionFixtures.PoolCandidate;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Introductions through the real services, the embedded PostgreSQL with its row-level security, the consent ledger,
 * the outbox and the audit trail. Hengelo (term 14 days) and Hellendoorn (no term) own the profiles; an employer of
 * its own and Enschede ask.
 */
@IntegrationTest
class IntroductionServiceTests {

    @Autowired
    Introductions introductions;
    @Autowired
    IntroductionExpiryJob expiryJob;
    @Autowired
    PoolConsents consents;
    @Autowired
    org.springframework.context.ApplicationContext portal;
    @Autowired
    OutgoingMail mail;
    @Autowired
    AuditLog audit;
    @Autowired
    MutableClock clock;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;

    final PortalUser enschede = consultant("intro-consulent-enschede", "enschede");

    IntroductionFixtures fixtures() {
        return IntroductionFixtures.of(portal);
    }

    @Test
    void an_employer_asks_with_a_vacancy_and_sees_name_and_phone_only_after_the_owner_records_the_candidates_consent() {
        PoolCandidate candidate = fixtures().candidate("hengelo", "Introtest", Audience.EMPLOYERS);
        Company company = fixtures().company();
        String requester = "werkgever:" + company.id();

        Introduction asked = as(company.user(), () -> introductions.request(candidate.profileId(),
                new IntroductionRequest(company.vacancy().id(), null)));

        assertThat(asked.state()).isEqualTo(IntroductionState.AANGEVRAAGD);
        assertThat(asked.requester()).isEqualTo(requester);
        assertThat(asked.vacancyTitle()).isEqualTo("Lasser (m/v)");
        assertThat(asked.expiresOn()).isEqualTo(LocalDate.now(clock).plusDays(14));
        assertThat(asked.fileId()).as("the requester never learns the file").isNull();
        assertThat(as(company.user(), () -> introductions.reveal(asked.id()))).isEmpty();
        assertThat(as(candidate.consultant(), "hengelo", () -> introductions.inbox()))
                .filteredOn(open -> open.id().equals(asked.id())).singleElement()
                .satisfies(open -> assertThat(open.fileId()).isEqualTo(candidate.fileId()));
        assertThat(as(enschede, "enschede", () -> introductions.inbox())).noneMatch(open -> open.id().equals(asked.id()));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(mailsTo(candidate.consultantAddress()))
                .singleElement().satisfies(sent -> assertThat(sent.text())
                        .contains(candidate.pseudonym(), company.vacancy().employerName(), "gemeente/hengelo/kennismakingen")
                        .doesNotContain("Sanne", "Introtest", "074 123 4567")));

        Introduction answered = as(candidate.consultant(), "hengelo", () -> introductions.consent(asked.id(),
                new RequesterConsent(asked.purpose(), ConsentBasis.MONDELING)));
        Optional<RevealedCandidate> revealed = as(company.user(), () -> introductions.reveal(asked.id()));

        assertThat(answered.state()).isEqualTo(IntroductionState.TOESTEMMING);
        assertThat(revealed).contains(new RevealedCandidate(candidate.pseudonym(), "Sanne Introtest", "074 123 4567",
                "kandidaat@example.org"));
        assertThat(as(candidate.consultant(), "hengelo", () -> consents.membership(candidate.fileId())).orElseThrow()
                .ledger()).filteredOn(line -> line.audience() == Audience.REQUESTER).singleElement()
                .satisfies(line -> {
                    assertThat(line.requester()).isEqualTo(requester);
                    assertThat(line.given()).isTrue();
                    assertThat(line.purpose()).isEqualTo("Vacature: Lasser (m/v)");
                    assertThat(line.basis()).isEqualTo(ConsentBasis.MONDELING);
                });
        assertThat(hengeloAudit(AuditAction.POOL_IDENTITY_REVEALED, company.user().username()))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.subject()).isEqualTo(CandidateFiles.subject(candidate.fileId()));
                    assertThat(entry.detail()).contains("shown to " + requester);
                });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                hengeloAudit(AuditAction.POOL_INTRODUCTION_ANSWERED, candidate.consultant().username()))
                .singleElement().satisfies(entry -> assertThat(entry.detail()).endsWith(requester + ": TOESTEMMING")));
    }

    @Test
    void when_the_candidate_withdraws_employer_consent_the_employer_no_longer_sees_the_identity_nor_can_ask_again() {
        PoolCandidate candidate = fixtures().candidate("hengelo", "Intrekking", Audience.EMPLOYERS,
                Audience.REGION_CONSULTANTS);
        Company company = fixtures().company();
        Introduction asked = as(company.user(), () -> introductions.request(candidate.profileId(),
                new IntroductionRequest(null, "Wij zoeken iemand voor de inpak, 24 uur.")));
        as(candidate.consultant(), "hengelo", () -> introductions.consent(asked.id(),
                new RequesterConsent(asked.purpose(), ConsentBasis.SCHRIFTELIJK)));
        assertThat(as(company.user(), () -> introductions.reveal(asked.id()))).isPresent();

        as(candidate.consultant(), "hengelo", () -> consents.withdraw(candidate.fileId(),
                new ConsentEntry(Audience.EMPLOYERS, "Op verzoek van de kandidaat", ConsentBasis.DIGITAAL)));

        assertThat(as(company.user(), () -> introductions.reveal(asked.id()))).isEmpty();
        assertThat(problems(() -> as(company.user(), () -> introductions.request(candidate.profileId(),
                new IntroductionRequest(null, "Nog een keer?")))))
                .containsExactly("profile pool.introduction.error.profile-gone");
        // Enschede's consultants still see the profile and may ask
        assertThat(as(enschede, "enschede", () -> introductions.request(candidate.profileId(),
                new IntroductionRequest(null, "Een kandidaat voor een leerwerkplek in Enschede?"))).state())
                .isEqualTo(IntroductionState.AANGEVRAAGD);
    }

    @Test
    void when_the_candidate_takes_back_the_consent_for_one_requester_only_that_requester_loses_the_identity() {
        PoolCandidate candidate = fixtures().candidate("hengelo", "Terugname", Audience.EMPLOYERS,
                Audience.REGION_CONSULTANTS);
        Company company = fixtures().company();
        Introduction toCompany = as(company.user(), () -> introductions.request(candidate.profileId(),
                new IntroductionRequest(null, "Wij zoeken een magazijnmedewerker.")));
        Introduction toEnschede = as(enschede, "enschede", () -> introductions.request(candidate.profileId(),
                new IntroductionRequest(null, "Leerwerkplek in Enschede.")));
        for (Introduction asked : List.of(toCompany, toEnschede)) {
            as(candidate.consultant(), "hengelo", () -> introductions.consent(asked.id(),
                    new RequesterConsent(asked.purpose(), ConsentBasis.SCHRIFTELIJK)));
        }
        assertThat(as(candidate.consultant(), "hengelo", () -> introductions.consented()))
                .extracting(Introduction::id).contains(toCompany.id(), toEnschede.id());

        assertThat(problems(() -> as(candidate.consultant(), "hengelo", () -> introductions.withdrawConsent(
                toCompany.id(), new RequesterConsent(" ", null)))))
                .containsExactlyInAnyOrder("purpose pool.error.purpose", "basis pool.error.basis");
        Introduction takenBack = as(candidate.consultant(), "hengelo", () -> introductions.withdrawConsent(
                toCompany.id(), new RequesterConsent("Kandidaat wil niet meer bij dit bedrijf", ConsentBasis.MONDELING)));

        assertThat(takenBack.state()).isEqualTo(IntroductionState.TERUGGENOMEN);
        assertThat(as(company.user(), () -> introductions.reveal(toCompany.id()))).isEmpty();
        assertThat(as(enschede, "enschede", () -> introductions.reveal(toEnschede.id()))).isPresent();
        assertThat(as(candidate.consultant(), "hengelo", () -> consents.membership(candidate.fileId())).orElseThrow()
                .ledger()).filteredOn(line -> line.audience() == Audience.REQUESTER && !line.given()).singleElement()
                .satisfies(line -> {
                    assertThat(line.requester()).isEqualTo("werkgever:" + company.id());
                    assertThat(line.purpose()).isEqualTo("Kandidaat wil niet meer bij dit bedrijf");
                });
        assertThat(as(candidate.consultant(), "hengelo", () -> introductions.consented()))
                .extracting(Introduction::id).contains(toEnschede.id()).doesNotContain(toCompany.id());
        // a consent taken back ends the request: it cannot be taken back or consented again
        assertThat(problems(() -> as(candidate.consultant(), "hengelo", () -> introductions.withdrawConsent(
                toCompany.id(), new RequesterConsent("Nogmaals", ConsentBasis.MONDELING)))))
                .containsExactly("introduction pool.introduction.error.not-open");
        assertThat(problems(() -> as(candidate.consultant(), "hengelo", () -> introductions.consent(
                toCompany.id(), new RequesterConsent("Toch weer", ConsentBasis.MONDELING)))))
                .containsExactly("introduction pool.introduction.error.not-open");
    }

    @Test
    void another_municipality_asks_with_a_message_the_owner_declines_and_an_answered_request_stays_answered() {
        PoolCandidate candidate = fixtures().candidate("hengelo", "Afwijzing", Audience.REGION_CONSULTANTS);
        Introduction asked = as(enschede, "enschede", () -> introductions.request(candidate.profileId(),
                new IntroductionRequest(null, "  Past bij ons project Werkfit.  ")));

        assertThat(asked.requester()).isEqualTo("gemeente:enschede");
        assertThat(asked.requesterName()).isEqualTo("Gemeente Enschede");
        assertThat(asked.message()).isEqualTo("Past bij ons project Werkfit.");

        Introduction declined = as(candidate.consultant(), "hengelo", () -> introductions.decline(asked.id(),
                "Kandidaat is net aan het werk."));

        assertThat(declined.state()).isEqualTo(IntroductionState.AFGEWEZEN);
        assertThat(declined.answerNote()).isEqualTo("Kandidaat is net aan het werk.");
        assertThat(as(enschede, "enschede", () -> introductions.reveal(asked.id()))).isEmpty();
        assertThat(problems(() -> as(candidate.consultant(), "hengelo", () -> introductions.consent(asked.id(),
                new RequesterConsent("Alsnog", ConsentBasis.MONDELING)))))
                .containsExactly("introduction pool.introduction.error.not-open");
        assertThat(as(enschede, "enschede", () -> introductions.mine(candidate.profileId())))
                .extracting(Introduction::state).containsExactly(IntroductionState.AFGEWEZEN);
    }

    @Test
    void a_request_needs_a_vacancy_or_a_message_one_open_request_at_a_time_and_never_for_an_own_profile() {
        PoolCandidate candidate = fixtures().candidate("hengelo", "Regels", Audience.REGION_CONSULTANTS);

        assertThat(problems(() -> as(enschede, "enschede", () -> introductions.request(candidate.profileId(),
                new IntroductionRequest(null, "   ")))))
                .containsExactly("message pool.introduction.error.vacancy-or-message");
        assertThat(problems(() -> as(candidate.consultant(), "hengelo", () -> introductions.request(
                candidate.profileId(), new IntroductionRequest(null, "Eigen profiel")))))
                .containsExactly("profile pool.introduction.error.own-profile");

        Introduction first = as(enschede, "enschede", () -> introductions.request(candidate.profileId(),
                new IntroductionRequest(null, "Eerste verzoek")));
        assertThat(problems(() -> as(enschede, "enschede", () -> introductions.request(candidate.profileId(),
                new IntroductionRequest(null, "Tweede verzoek")))))
                .containsExactly("message pool.introduction.error.open");

        Introduction withdrawn = as(enschede, "enschede", () -> introductions.withdraw(first.id()));
        assertThat(withdrawn.state()).isEqualTo(IntroductionState.INGETROKKEN);
        assertThat(as(enschede, "enschede", () -> introductions.request(candidate.profileId(),
                new IntroductionRequest(null, "Tweede verzoek"))).state()).isEqualTo(IntroductionState.AANGEVRAAGD);
    }

    @Test
    void the_nightly_job_expires_requests_after_the_owners_term_and_keeps_those_of_an_owner_without_a_term() {
        PoolCandidate hengelo = fixtures().candidate("hengelo", "Termijn", Audience.REGION_CONSULTANTS);
        PoolCandidate hellendoorn = fixtures().candidate("hellendoorn", "Zondertermijn", Audience.REGION_CONSULTANTS);
        Introduction toHengelo = as(enschede, "enschede", () -> introductions.request(hengelo.profileId(),
                new IntroductionRequest(null, "Termijn loopt")));
        Introduction toHellendoorn = as(enschede, "enschede", () -> introductions.request(hellendoorn.profileId(),
                new IntroductionRequest(null, "Geen termijn")));
        assertThat(toHellendoorn.expiresOn()).isNull();

        // day 14 after the request is the last day: still open on it
        clock.moveDays(14);
        expiryJob.run();
        assertThat(state(toHengelo)).isEqualTo(IntroductionState.AANGEVRAAGD);

        clock.moveDays(1);
        expiryJob.run();
        assertThat(state(toHengelo)).isEqualTo(IntroductionState.VERLOPEN);

        clock.moveDays(365);
        expiryJob.run();
        assertThat(state(toHellendoorn)).isEqualTo(IntroductionState.AANGEVRAAGD);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                hengeloAudit(AuditAction.POOL_INTRODUCTION_EXPIRED, "system"))
                .anySatisfy(entry -> assertThat(entry.detail()).contains(toHengelo.id().toString())));
    }

    @Test
    void row_level_security_shows_an_employer_only_its_own_requests_and_the_owner_those_for_its_profiles() {
        PoolCandidate candidate = fixtures().candidate("hengelo", "Afscherming", Audience.EMPLOYERS,
                Audience.REGION_CONSULTANTS);
        Company mine = fixtures().company();
        Company other = fixtures().company();
        as(mine.user(), () -> introductions.request(candidate.profileId(), new IntroductionRequest(null, "Van mij")));
        as(other.user(), () -> introductions.request(candidate.profileId(), new IntroductionRequest(null, "Van een ander")));
        as(enschede, "enschede", () -> introductions.request(candidate.profileId(),
                new IntroductionRequest(null, "Van Enschede")));

        // raw SQL as the portal's role with each requester's settings, as the transaction manager sets them
        assertThat(as(mine.user(), () -> requesters(candidate))).containsExactly("werkgever:" + mine.id());
        assertThat(as(enschede, "enschede", () -> requesters(candidate))).containsExactly("gemeente:enschede");
        assertThat(as(consultant("intro-borne", "borne"), "borne", () -> requesters(candidate))).isEmpty();
        assertThat(as(candidate.consultant(), "hengelo", () -> requesters(candidate))).containsExactlyInAnyOrder(
                "werkgever:" + mine.id(), "werkgever:" + other.id(), "gemeente:enschede");
    }

    private List<String> requesters(PoolCandidate candidate) {
        return new TransactionTemplate(transactions).execute(status -> JdbcClient.create(dataSource)
                .sql("select requester from pool_introduction where pseudonym = :pseudonym order by requester")
                .param("pseudonym", candidate.pseudonym()).query(String.class).list());
    }

    private IntroductionState state(Introduction introduction) {
        return as(enschede, "enschede", () -> introductions.mine(introduction.profileId())).stream()
                .filter(found -> found.id().equals(introduction.id())).findFirst().orElseThrow().state();
    }

    private List<OutboxMail> mailsTo(String address) {
        return mail.outbox(200).stream().filter(sent -> sent.to().equals(address)).toList();
    }

    private List<AuditEntry> hengeloAudit(AuditAction action, String actor) {
        return as(withTenantRole("intro-admin", "hengelo", TenantRole.TENANT_ADMIN), "hengelo",
                () -> audit.tenantEntries(new AuditQuery(action, actor, null, null, 50)));
    }

    private static List<String> problems(Runnable work) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, work::run);
        assertThat(refused).as("refused with problems").isNotNull();
        return refused.problems().stream().map(problem -> problem.field() + " " + problem.messageKey()).toList();
    }
}
