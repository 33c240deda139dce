package nl.werkbrug.matching;

import static nl.werkbrug.pool.PoolProfiles.HENGELO;
import static nl.werkbrug.pool.PoolProfiles.at;
import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import nl.werkbrug.employer.ContractType;
import nl.werkbrug.employer.EmployerOrganisations;
import nl.werkbrug.employer.Vacancies;
import nl.werkbrug.employer.VacancyDetail;
import nl.werkbrug.employer.VacancyDraft;
import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.identity.EmployerRole;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.identity.SystemTask;
import nl.werkbrug.pool.PoolProfiles;
import nl.werkbrug.pool.SupportSignal;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The ranked lists on the real database under the pool's row-level security: an employer sees only profiles with
 * employer consent and a fresh confirmation, a banenafspraak vacancy only profiles in the doelgroepregister, and a
 * consultant the region's open vacancies for a profile of the own municipality only. Each test's profiles carry
 * skills of their own (random words), so they outscore every other profile of the shared database.
 */
@IntegrationTest
class MatchingTests {

    @Autowired
    Matching matching;
    @Autowired
    Vacancies vacancies;
    @Autowired
    EmployerOrganisations employers;
    @Autowired
    ApplicationContext context;

    final PortalUser hengelo = consultant("matching.hengelo", "hengelo");
    final PortalUser enschede = consultant("matching.enschede", "enschede");

    PoolProfiles profiles() {
        return new PoolProfiles(context);
    }

    /** A welder in Hengelo 7554 with both skills, 32 hours, available today, loonkostensubsidie possible. */
    PoolProfiles.Row welder(List<String> skills, boolean forEmployers, LocalDate employersUntil) {
        return at("hengelo", "7554", HENGELO, List.of("7212"), skills, 60).hours(32)
                .available(profiles().today()).signals(SupportSignal.LOONKOSTENSUBSIDIE)
                .audiences(true, forEmployers, employersUntil);
    }

    PortalUser employerUser() {
        String kvk = String.valueOf(80_000_000 + ThreadLocalRandom.current().nextInt(9_999_999));
        AtomicLong id = new AtomicLong();
        SystemTask.run(() -> id.set(employers.ensureRegistered(kvk, "Matchtest Metaal " + kvk, "Hengelo",
                new EmployerOrganisations.Contact("Karin Test", "karin@" + kvk + ".example", "074 000 0001"))));
        return new PortalUser("matching-werkgever-" + kvk, "Werkgever " + kvk, Map.of(), Map.of(),
                new EmployerMembership(id.get(), EmployerRole.EMPLOYER_ADMIN), null);
    }

    VacancyDetail vacancy(PortalUser employer, String skills, boolean banenafspraak) {
        return vacancy(employer, skills, banenafspraak, false);
    }

    VacancyDetail vacancy(PortalUser employer, String skills, boolean banenafspraak, boolean sroi) {
        LocalDate today = profiles().today();
        VacancyDetail draft = as(employer, () -> vacancies.create(new VacancyDraft("Lasser (m/v)",
                "Je last frames voor landbouwmachines.", "7212", new BigDecimal("32"), "7554 RR", "Hengelo",
                ContractType.PERMANENT, null, today.plusDays(7), today.plusMonths(2), "", skills, "", 1, sroi,
                banenafspraak)));
        return as(employer, () -> vacancies.publish(draft.id()));
    }

    @Test
    void an_employers_list_holds_only_profiles_with_employer_consent_and_a_fresh_confirmation() {
        String skill1 = PoolProfiles.marker();
        String skill2 = PoolProfiles.marker();
        LocalDate today = profiles().today();
        String visible = profiles().insert(welder(List.of(skill1, skill2), true, today.plusDays(30)), skill1);
        String noConsent = profiles().insert(welder(List.of(skill1, skill2), false, today.plusDays(30)), skill1);
        String stale = profiles().insert(welder(List.of(skill1, skill2), true, today.minusDays(1)), skill1);
        PortalUser employer = employerUser();
        VacancyDetail vacancy = vacancy(employer, skill1 + ", " + skill2, false);

        RankedCandidates ranked = as(employer, () -> matching.candidatesFor(vacancy.id())).orElseThrow();

        List<String> keys = ranked.matches().stream().map(Match::key).toList();
        assertThat(keys).contains(visible).doesNotContain(noConsent, stale);
        // same occupation 30, both skills 20, 32 of 32 hours 10, the same postcode area 15, available before the
        // start 10, education and licence not stated by the vacancy, loonkostensubsidie 5: 90
        Match first = ranked.matches().getFirst();
        assertThat(first.key()).isEqualTo(visible);
        assertThat(first.total()).isEqualTo(new BigDecimal("90.0"));
        assertThat(first.matchingSkills()).containsExactly(skill1, skill2);
        assertThat(ranked.weightsVersion()).isEqualTo("v1");
        assertThat(ranked.matches()).hasSizeLessThanOrEqualTo(Matching.TOP).isSortedAccordingTo(MatchScorer.RANKING);
        // another company cannot rank this company's vacancy
        assertThat(as(employerUser(), () -> matching.candidatesFor(vacancy.id()))).isEmpty();
    }

    @Test
    void a_banenafspraak_vacancy_is_offered_only_to_profiles_in_the_doelgroepregister() {
        String skill = PoolProfiles.marker();
        LocalDate until = profiles().today().plusDays(30);
        String registered = profiles().insert(welder(List.of(skill), true, until)
                .signals(SupportSignal.BANENAFSPRAAK), skill);
        String notRegistered = profiles().insert(welder(List.of(skill), true, until), skill);
        PortalUser employer = employerUser();
        VacancyDetail banenafspraak = vacancy(employer, skill, true);
        VacancyDetail ordinary = vacancy(employer, skill, false);

        List<String> offered = as(employer, () -> matching.candidatesFor(banenafspraak.id())).orElseThrow().matches()
                .stream().map(Match::key).toList();
        assertThat(offered).contains(registered).doesNotContain(notRegistered);
        // the signal admits, it adds no points: without loonkostensubsidie 30 + 20 + 10 + 15 + 10 = 85
        assertThat(as(employer, () -> matching.candidatesFor(banenafspraak.id())).orElseThrow().matches().getFirst()
                .total()).isEqualTo(new BigDecimal("85.0"));
        assertThat(as(employer, () -> matching.candidatesFor(ordinary.id())).orElseThrow().matches())
                .extracting(Match::key).contains(registered, notRegistered);

        // the other way round: the consultant of the owning municipality sees the ordinary vacancy for the
        // profile without the signal, not the banenafspraak one; and both for the profile with it
        List<Long> forNotRegistered = as(hengelo, "hengelo", () -> matching.vacanciesFor(notRegistered)).orElseThrow()
                .matches().stream().map(match -> match.vacancy().id()).toList();
        assertThat(forNotRegistered).contains(ordinary.id()).doesNotContain(banenafspraak.id());
        assertThat(as(hengelo, "hengelo", () -> matching.vacanciesFor(registered)).orElseThrow().matches())
                .extracting(match -> match.vacancy().id()).contains(ordinary.id(), banenafspraak.id());
        // another municipality's consultant gets no list for a Hengelo profile
        assertThat(as(enschede, "enschede", () -> matching.vacanciesFor(registered))).isEmpty();
    }

    @Test
    void the_database_ranking_and_the_java_scoring_offer_a_banenafspraak_vacancy_to_the_same_profiles() {
        String skill = PoolProfiles.marker();
        LocalDate until = profiles().today().plusDays(30);
        String registered = profiles().insert(welder(List.of(skill), true, until)
                .signals(SupportSignal.BANENAFSPRAAK), skill);
        String notRegistered = profiles().insert(welder(List.of(skill), true, until), skill);
        List<String> ours = List.of(registered, notRegistered);
        PortalUser employer = employerUser();
        VacancyDetail banenafspraak = vacancy(employer, skill, true);

        // the SQL path (the database ranks with the doelgroep clause) ...
        List<String> bySql = as(employer, () -> matching.candidatesFor(banenafspraak.id())).orElseThrow().matches()
                .stream().map(Match::key).filter(ours::contains).toList();
        // ... and the Java path (every visible profile of the group, admitted by the domain's rule)
        VacancyFacts facts = Matching.facts(banenafspraak, profiles().today());
        List<String> byJava = as(employer, () -> context.getBean(nl.werkbrug.pool.PoolCandidates.class)
                .inOccupationGroup("7212", nl.werkbrug.pool.PoolCandidates.CAP, "test")).stream()
                .map(Matching::facts).filter(candidate -> MatchScorer.admits(facts, candidate))
                .map(CandidateFacts::key).filter(ours::contains).toList();
        assertThat(bySql).containsExactly(registered);
        assertThat(byJava).containsExactly(registered);
    }

    @Test
    void the_vacancies_for_a_profile_are_marked_and_filtered_on_sroi_and_banenafspraak_before_the_best_are_taken() {
        String skill = PoolProfiles.marker();
        String registered = profiles().insert(welder(List.of(skill), true, profiles().today().plusDays(30))
                .signals(SupportSignal.BANENAFSPRAAK), skill);
        PortalUser employer = employerUser();
        VacancyDetail sroi = vacancy(employer, skill, false, true);
        VacancyDetail banenafspraak = vacancy(employer, skill, true, false);
        VacancyDetail ordinary = vacancy(employer, skill, false, false);

        var onlySroi = as(hengelo, "hengelo", () -> matching.vacanciesFor(registered, new VacancyMarks(false, true)))
                .orElseThrow().matches();
        assertThat(onlySroi).extracting(match -> match.vacancy().id()).contains(sroi.id())
                .doesNotContain(banenafspraak.id(), ordinary.id());
        assertThat(onlySroi).allSatisfy(match -> assertThat(VacancyMarks.of(match.vacancy()))
                .contains(VacancyMarks.SROI));
        var onlyBanenafspraak = as(hengelo, "hengelo", () -> matching.vacanciesFor(registered,
                new VacancyMarks(true, false))).orElseThrow().matches();
        assertThat(onlyBanenafspraak).extracting(match -> match.vacancy().id()).contains(banenafspraak.id())
                .doesNotContain(sroi.id(), ordinary.id());
        assertThat(VacancyMarks.of(banenafspraak)).containsExactly(VacancyMarks.BANENAFSPRAAK);
        assertThat(VacancyMarks.of(ordinary)).isEmpty();
        // the mark changes no score: the SROI and the ordinary vacancy have the same facts and the same total
        var all = as(hengelo, "hengelo", () -> matching.vacanciesFor(registered)).orElseThrow().matches();
        assertThat(all.stream().filter(match -> match.vacancy().id() == sroi.id()).findFirst().orElseThrow()
                .match().total()).isEqualTo(all.stream().filter(match -> match.vacancy().id() == ordinary.id())
                .findFirst().orElseThrow().match().total());
    }
}
