package nl.werkbrug.employer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.werkbrug.hostile.HostileForm;
import nl.werkbrug.support.BrowserTest;
import nl.werkbrug.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * An employer writes and publishes a vacancy; consultants of Enschede and Hengelo both see it; closing hides it and
 * reopening shows it again.
 */
@Execution(ExecutionMode.CONCURRENT)
class VacancyBrowserTests extends BrowserTest {

    static final String TITLE = "Lasser frames landbouwmachines";

    @Autowired
    Vacancies vacancies;

    boolean seenByConsultantOf(String tenant) {
        return TestUsers.as(TestUsers.consultant("consulent." + tenant, tenant), tenant,
                () -> vacancies.published(VacancyFilter.none())).stream().anyMatch(vacancy -> vacancy.title().equals(TITLE));
    }

    Locator error(String field) {
        return page.locator("#" + field + " [slot=error-message]");
    }

    @Test
    void the_employer_publishes_a_vacancy_that_consultants_of_enschede_and_hengelo_both_see_until_it_is_closed() {
        login("werkgever.demo");
        followTo(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vacatures")).first(), "**/werkgever/vacatures");
        assertAccessible();
        followTo(page.locator("#vacancy-new"), "**/werkgever/vacatures/nieuw");
        assertThat(heading()).hasText("Nieuwe vacature");
        assertAccessible();

        page.locator("#title input").fill(TITLE);
        page.locator("#description textarea").fill("Je last frames voor landbouwmachines.<script>alert('x')</script>\n\nDagdienst, 's middags vrij.");
        page.locator("#occupation input").fill("Lasser");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("7212 Lasser")).click();
        page.locator("#hours input").fill("0");
        page.locator("#postcode input").fill("75541 RR");
        page.locator("#place input").fill("Hengelo");
        page.getByLabel("Tijdelijk contract").check();
        page.locator("#adjustments textarea").fill("Vaste collega als maatje, aangepaste werktijden");
        clickAndSettle("#vacancy-save");

        assertThat(error("hours")).hasText("Het aantal uren per week ligt tussen 1 en 60.");
        assertThat(error("postcode")).hasText("Vul een Nederlandse postcode in: 4 cijfers en 2 letters, bijvoorbeeld 7511 JA.");
        assertThat(error("contract-months")).hasText("Vul de duur van het tijdelijke contract in maanden in.");
        assertThat(page.locator("#form-error")).containsText("Niet alles is goed ingevuld");
        assertThat(page.locator("#title input")).hasValue(TITLE);
        assertThat(page.locator("#occupation input")).hasValue("7212 Lasser");
        assertThat(page.locator("#adjustments textarea")).hasValue("Vaste collega als maatje, aangepaste werktijden");
        assertAccessible();

        page.locator("#hours input").fill("32");
        page.locator("#postcode input").fill("7554rr");
        page.locator("#contract-months input").fill("12");
        page.getByLabel("SROI-vacature (social return)").check();
        page.getByLabel("Geschikt voor de banenafspraak").check();
        clickAndSettle("#vacancy-save");
        assertThat(page.locator("#vacancy-message")).hasText("De vacature is opgeslagen.");
        assertThat(page.locator("#vacancy-status")).hasText("Status: Concept");
        assertThat(seenByConsultantOf("enschede")).isFalse();

        clickAndSettle("#vacancy-publish");
        assertThat(page.locator("#vacancy-status")).hasText("Status: Gepubliceerd");
        assertThat(page.locator("#postcode input")).hasValue("7554 RR");
        assertAccessible();

        signOut();
        login("consulent.enschede");
        followTo(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vacatures regio")), "**/gemeente/enschede/vacatures");
        assertThat(heading()).hasText("Vacatures in de regio Twente");
        assertThat(page.locator("#vacancies")).containsText(TITLE);
        assertThat(page.locator("#vacancies")).containsText("Twentse Metaalwerken B.V.");
        assertAccessible();

        page.getByLabel("Alleen SROI").check();
        settle();
        assertThat(page.locator("#vacancies")).containsText(TITLE);
        page.locator("#filter-text input").fill("kapper");
        page.locator("#filter-text input").press("Enter");
        settle();
        assertThat(page.locator("#vacancies")).containsText("Er zijn geen vacatures die aan de filters voldoen.");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE))).hasCount(0);
        page.locator("#filter-text input").fill("metaalwerken");
        page.locator("#filter-text input").press("Enter");
        settle();
        followTo(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)), "**/gemeente/enschede/vacatures/*");
        assertThat(heading()).hasText(TITLE);
        assertThat(page.locator("#vacancy-description")).containsText("Je last frames voor landbouwmachines.");
        assertThat(page.locator("#vacancy-description")).containsText("Dagdienst, 's middags vrij.");
        assertThat(page.locator("#vacancy-description script")).hasCount(0);
        assertThat(page.locator("#vacancy-detail")).containsText("7212 Lasser · BRC 0742 Lassers en plaatwerkers");
        assertThat(page.locator("#vacancy-detail")).containsText("Vaste collega als maatje");
        assertAccessible();

        signOut();
        loginAndOpen("consulent.hengelo", "gemeente/hengelo/vacatures");
        assertThat(page.locator("#vacancies")).containsText(TITLE);
        assertThat(seenByConsultantOf("hellendoorn")).isTrue();

        signOut();
        loginAndOpen("werkgever.demo", "werkgever/vacatures");
        assertThat(page.locator("#vacancies")).containsText("Gepubliceerd");
        followTo(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)), "**/werkgever/vacatures/*");
        clickAndSettle("#vacancy-close");
        assertThat(page.getByText("Vacature offline halen?")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, offline halen")).click();
        settle();
        assertThat(page.locator("#vacancy-status")).hasText("Status: Gesloten");
        assertThat(seenByConsultantOf("hengelo")).isFalse();

        clickAndSettle("#vacancy-reopen");
        assertThat(page.locator("#vacancy-status")).hasText("Status: Gepubliceerd");
        assertThat(seenByConsultantOf("hengelo")).isTrue();
        assertAccessible();

        open("werkgever");
        assertThat(page.locator("#own-vacancies")).containsText(TITLE);
        assertThat(page.locator("#own-vacancies")).containsText("Gepubliceerd");
        assertAccessible();
    }

    /** Issue 13, bad input in the browser: a postcode that is a malformed date keeps every attempt a refusal. */
    @Test
    void hostile_input_typed_into_the_vacancy_form_is_refused_at_its_fields_and_nothing_typed_is_lost() {
        loginAndOpen("werkgever.demo", "werkgever/vacatures/nieuw");
        HostileForm form = new HostileForm("werkgever/vacatures/nieuw", page, this::settle);
        for (int i = 0; i < HostileForm.TEXTS.size(); i++) {
            String text = HostileForm.TEXTS.get(i);
            org.assertj.core.api.Assertions.assertThat(form.attempt(java.util.Map.of("#title", text, "#description", text,
                    "#place", text, "#adjustments", text, "#hours", HostileForm.NUMBERS.get(i % 4),
                    "#postcode", HostileForm.DATES.get(i % 4)), "#vacancy-save")).as("refused").isTrue();
        }
        form.report();
    }
}
