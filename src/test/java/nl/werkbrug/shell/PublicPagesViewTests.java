package nl.werkbrug.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.werkbrug.shell.ui.PublicFrame;
import nl.werkbrug.support.BrowserlessViewTest;
import nl.werkbrug.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: every public page (every route a visitor may open without signing in) has the one public header: the
 * municipality's or the region's name, "Regelingen", "Bedrijf registreren", "Inloggen" and the language switch. The
 * routes come from the router, so a new public page in another frame fails here.
 */
class PublicPagesViewTests extends BrowserlessViewTest {

    /** A value for each route parameter of the public routes; a new parameter needs one here. */
    static final Map<String, String> SAMPLES = Map.of("gemeente", "hengelo", "code", "jobcoaching", "token", "onbekend");
    static final Pattern PARAMETER = Pattern.compile(":([a-zA-Z]+)\\??(\\([^)]*\\))?");

    static List<RouteData> publicRoutes() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> route.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class))
                .toList();
    }

    static String location(String template) {
        Matcher matcher = PARAMETER.matcher(template);
        StringBuilder location = new StringBuilder();
        while (matcher.find()) {
            String sample = SAMPLES.get(matcher.group(1));
            if (sample == null) {
                fail("give PublicPagesViewTests.SAMPLES a value for :" + matcher.group(1) + " of " + template);
            }
            matcher.appendReplacement(location, sample);
        }
        return matcher.appendTail(location).toString();
    }

    @Test
    void the_router_knows_every_public_page_of_issue_11() {
        assertThat(publicRoutes()).extracting(RouteData::getTemplate).contains("", "login", "inloggen-mislukt",
                "werkgever/registreren", "werkgever/uitnodiging/:token", "instrumenten/:gemeente?",
                "instrumenten/:gemeente/:code", "instrumenten/vergelijken/:code", "algoritmeregister");
    }

    @Test
    void every_public_page_has_the_one_header_with_the_ways_in_and_the_language_switch() {
        for (RouteData route : publicRoutes()) {
            String location = location(route.getTemplate());

            navigate(location, Component.class);

            assertThat(getCurrentView()).as(location).isInstanceOf(route.getNavigationTarget());
            List<HasElement> chain = UI.getCurrent().getActiveRouterTargetsChain();
            assertThat(chain).as("the frames around /" + location).hasSize(2);
            assertThat(chain.get(1)).as("the frame around /" + location).isInstanceOf(PublicFrame.class);
            assertThat($(Header.class).all()).as("headers on /" + location).hasSize(1)
                    .allSatisfy(header -> assertThat(header.getId()).hasValue("public-header"));
            assertThat($(Anchor.class).id("nav-instruments").getText()).as(location).isEqualTo("Regelingen");
            assertThat($(Anchor.class).id("nav-register").getHref()).as(location).isEqualTo("werkgever/registreren");
            assertThat($(Anchor.class).id("nav-register").getText()).as(location).isEqualTo("Bedrijf registreren");
            assertThat($(Anchor.class).id("nav-login").getHref()).as(location).isEqualTo("login");
            assertThat($(Anchor.class).id("nav-login").getText()).as(location).isEqualTo("Inloggen");
            assertThat($(Select.class).id("language-select").isVisible()).as(location).isTrue();
        }
    }

    @Test
    void a_municipality_s_catalogue_page_carries_its_name_in_the_header() {
        navigate("instrumenten/hengelo/jobcoaching", Component.class);
        // tenants/twente/hengelo/tenant.yaml: brand.logoText
        assertThat($(Anchor.class).id("public-logo").getText()).isEqualTo("Werkbrug Hengelo");

        navigate("instrumenten", Component.class);
        assertThat($(Anchor.class).id("public-logo").getText()).isEqualTo("Werkbrug");
    }

    @Test
    void a_signed_in_consultant_on_a_public_page_is_offered_the_portal_instead_of_the_login() {
        login(TestUsers.consultant("consulent.hengelo", "hengelo"));

        navigate("instrumenten/vergelijken/jobcoaching", Component.class);

        assertThat($(Anchor.class).id("nav-portal").getText()).isEqualTo("Naar het portaal");
        assertThat($(Anchor.class).id("nav-portal").getHref()).isEmpty();
        assertThat($(Anchor.class).withId("nav-login").all()).as("visible login links").isEmpty();
        assertThat($(Anchor.class).withId("nav-register").all()).as("visible registration links").isEmpty();
    }

    @Test
    void the_front_door_names_each_municipality_s_service_point_and_says_what_is_not_filled_in() {
        navigate("", Component.class);

        Component hengelo = $(Div.class).id("service-point-werkplein-twente-hengelo");
        String text = hengelo.getElement().getTextRecursively();
        // tenants/twente/werkgeversservicepunten.yaml: Midden-Twente, no contact details in the sources
        assertThat(text).contains("Werkplein Twente, werkgeversservicepunt Hengelo (locatie Gieterij, werkgebied Midden-Twente)")
                .contains("Borne, Haaksbergen, Hengelo, Hof van Twente")
                .contains("Telefoonnog niet ingevuld").contains("E-mailnog niet ingevuld")
                .contains("Bron: Werk maken van werk - Hoofdlijnen re-integratie en participatiebeleid Gemeente Hengelo 2016-2020. Gemeente Hengelo, 2016")
                .doesNotContain(".txt");
        assertThat($(Div.class).id("service-point-werkplein-twente").getElement().getTextRecursively())
                .contains("de andere gemeenten van Twente");
    }

    /**
     * Issue 11, "what it must show": no public page shows a "Niet vermeld" row or a file of the shared sources. The
     * region's and every municipality's catalogue page, every instrument page of Hengelo (the koffer with its own
     * values and its own instruments) and the comparison of jobcoaching across the region, as a visitor sees them
     * (every page of every municipality took 69 s; the other regions' catalogues are read the same way in
     * RegionCataloguesTests).
     */
    @Test
    void no_public_catalogue_page_shows_an_unknown_row_or_a_file_name() {
        Pattern fileName = Pattern.compile("\\b\\d{3}_[0-9a-f]{8,}|\\.(txt|md)\\b|seeds-|standards-and-peers");
        java.util.Set<String> pages = new java.util.TreeSet<>(List.of("instrumenten"));
        for (String tenant : List.of("almelo", "borne", "dinkelland", "enschede", "haaksbergen", "hellendoorn", "hengelo",
                "hof-van-twente", "losser", "oldenzaal", "rijssen-holten", "tubbergen", "twenterand", "wierden")) {
            pages.add("instrumenten/" + tenant);
        }
        navigate("instrumenten/hengelo", Component.class);
        $(Anchor.class).all().stream().map(Anchor::getHref).filter(href -> href.startsWith("instrumenten/hengelo/"))
                .forEach(pages::add);
        pages.add("instrumenten/vergelijken/jobcoaching");
        assertThat(pages).as("pages visited").hasSizeGreaterThan(30);
        for (String page : pages) {
            navigate(page, Component.class);
            String text = getCurrentView().getElement().getTextRecursively();
            assertThat(text).as(page).doesNotContain("Niet vermeld").doesNotContain("niet vermeld");
            assertThat(fileName.matcher(text).find()).as(page + " names a file: " + text).isFalse();
        }
    }
}
