package nl.werkbrug.matching;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werkbrug.pool.PoolProfiles.HENGELO;
import static nl.werkbrug.pool.PoolProfiles.at;
import static nl.werkbrug.support.TestUsers.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.microsoft.playwright.Locator;
import nl.werkbrug.employer.ContractType;
import nl.werkbrug.employer.EmployerOrganisations;
import nl.werkbrug.employer.Vacancies;
import nl.werkbrug.employer.VacancyDetail;
import nl.werkbrug.employer.VacancyDraft;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.identity.SystemTask;
import nl.werkbrug.pool.PoolProfiles;
import nl.werkbrug.pool.SupportSignal;
import nl.werkbrug.support.BrowserTest;
import nl.werkbrug.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The two ranked lists in a real browser, checked with axe: the demo employer's vacancy shows ranked pool profiles
 * with the reasons, matching and missing skills; Hengelo's consultant sees the vacancy among the matching vacancies
 * of a Hengelo profile, marked SROI and kept by the SROI filter.
 */
public class MatchingBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext portal;

    /** A published vacancy of the demo company (Twentse Metaalwerken B.V., KvK 12345678), made as werkgever.demo. */
    VacancyDetail demoVacancy(String title, String skills) {
        return demoVacancy(portal, title, skills, true);
    }

    /** A published welder's vacancy of the demo company, made as werkgever.demo; {@code sroi}: marked SROI. */
    public static VacancyDetail demoVacancy(ApplicationContext portal, String title, String skills, boolean sroi) {
        AtomicLong company = new AtomicLong();
        SystemTask.run(() -> company.set(portal.getBean(EmployerOrganisations.class).ensureRegistered("12345678",
                "Twentse Metaalwerken B.V.", "Hengelo", new EmployerOrganisations.Contact("Karin Wolters",
                        "karin.wolters@metaalwerken.example", "074 000 0000"))));
        PortalUser karin = TestUsers.employerUser("werkgever.demo", company.get());
        LocalDate start = new PoolProfiles(portal).today().plusDays(14);
        Vacancies vacancies = portal.getBean(Vacancies.class);
        VacancyDetail draft = as(karin, () -> vacancies.create(new VacancyDraft(title,
                "Je last frames voor landbouwmachines.", "7212", new BigDecimal("32"), "7554 RR", "Hengelo",
                ContractType.PERMANENT, null, start, start.plusMonths(1), "", skills, "", 1, sroi, false)));
        return as(karin, () -> vacancies.publish(draft.id()));
    }

    @Test
    void the_demo_employers_vacancy_ranks_pool_profiles_with_reasons_and_the_consultant_sees_matching_vacancies() {
        String skill1 = PoolProfiles.marker();
        String skill2 = PoolProfiles.marker();
        PoolProfiles profiles = new PoolProfiles(portal);
        LocalDate until = profiles.today().plusDays(60);
        // both Hengelo welders for employers; "both" has both skills, "one" only the first
        String both = profiles.insert(at("hengelo", "7554", HENGELO, List.of("7212"), List.of(skill1, skill2), 70)
                .hours(32).available(profiles.today()).signals(SupportSignal.JOBCOACH).audiences(true, true, until),
                skill1);
        String one = profiles.insert(at("hengelo", "7554", HENGELO, List.of("7212"), List.of(skill1), 70)
                .hours(24).available(profiles.today()).audiences(true, true, until), skill1);
        VacancyDetail vacancy = demoVacancy("Lasser " + skill1, skill1 + ", " + skill2);

        // the employer goes from the vacancy to its candidates
        loginAndOpen("werkgever.demo", "werkgever/vacatures/" + vacancy.id());
        followTo(page.locator("#vacancy-candidates"), "**/werkgever/vacatures/" + vacancy.id() + "/kandidaten");
        assertThat(heading()).hasText("Kandidaten voor Lasser " + skill1);
        assertThat(page.locator("#matching-weights")).containsText("gewichten versie v1");
        assertThat(page.locator("#matching-register-link")).hasAttribute("href", "algoritmeregister");
        assertThat(page.locator("#matching-sroi")).containsText("SROI-vacature");
        Locator rows = page.locator("#matching-candidate-list details");
        // 30 + 20 + 10 + 15 + 10 + 5 = 90; then 30 + 10 + 7,5 + 15 + 10 = 72,5
        assertThat(rows.nth(0)).containsText("1. " + both + " \u2014 90 punten");
        assertThat(rows.nth(1)).containsText("2. " + one + " \u2014 72,5 punten");
        Locator second = page.locator("#matching-candidate-list details[data-key='" + one + "']");
        second.locator("summary").click();
        assertThat(second.locator(".matching-skills-matching")).hasText("Passende vaardigheden: " + skill1);
        assertThat(second.locator(".matching-skills-missing")).hasText("Ontbrekende vaardigheden: " + skill2);
        assertThat(second.locator(".matching-part-hours")).containsText("24 uur gewenst, 32 uur gevraagd");
        assertThat(second.locator(".matching-part-hours")).containsText("7,5");
        assertThat(second.locator(".matching-part-driving-licence")).containsText("Niet beoordeeld");
        assertAccessible();

        // Hengelo's consultant opens the profile and its matching vacancies
        signOut();
        loginAndOpen("consulent.hengelo", "gemeente/hengelo/pool/profiel/" + one);
        followTo(page.getByText("Passende vacatures"), "**/gemeente/hengelo/pool/profiel/" + one + "/vacatures");
        Locator first = page.locator("#matching-vacancy-list details").first();
        assertThat(first).containsText("Lasser " + skill1 + " \u00b7 Twentse Metaalwerken B.V., Hengelo");
        assertThat(first).containsText("72,5 punten");
        assertThat(first.locator(".matching-mark")).hasText("SROI");
        // only SROI vacancies: the demo vacancy (an SROI one) stays, chosen before the best are taken
        page.locator("#matching-filter-sroi").click();
        assertThat(page.locator("#matching-vacancy-list details .matching-mark").first()).hasText("SROI");
        assertThat(page.locator("#matching-vacancy-list details").first()).containsText("Lasser " + skill1);
        assertAccessible();
    }
}
