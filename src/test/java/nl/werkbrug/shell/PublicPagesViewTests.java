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
        assertThat($(Anchor.class).withId("nav-login").all()).isEmpty();
        assertThat($(Anchor.class).withId("nav-register").all()).isEmpty();
    }
}
