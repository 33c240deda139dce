package nl.werkbrug.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import nl.werkbrug.identity.TenantRole;
import nl.werkbrug.platform.MailMessage;
import nl.werkbrug.platform.OutgoingMail;
import nl.werkbrug.platform.PlatformProperties;
import nl.werkbrug.support.BrowserlessViewTest;
import nl.werkbrug.support.TestUsers;
import nl.werkbrug.tenancy.TenantContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The outbox page as the {@code dev} profile registers it ({@link DeveloperOutboxRoute}): the real router and access
 * control let only administrators in; without the flag the path does not exist.
 */
class DeveloperOutboxViewTests extends BrowserlessViewTest {

    @Autowired
    OutgoingMail mail;

    @Autowired
    PlatformProperties properties;

    /** What the dev profile's flag does at start-up; this class runs alone, so no other test sees the route. */
    void registerLikeTheDevProfile() {
        new DeveloperOutboxRoute(properties, "local").serviceInit(new ServiceInitEvent(VaadinService.getCurrent()));
        assertThat(RouteConfiguration.forApplicationScope().isPathAvailable(DeveloperOutboxView.PATH)).isTrue();
    }

    @AfterEach
    void unregister() {
        RouteConfiguration.forApplicationScope().removeRoute(DeveloperOutboxView.PATH);
    }

    @Test
    void without_the_dev_flag_the_route_is_not_registered_at_start_up() {
        assertThat(RouteConfiguration.forApplicationScope().isPathAvailable(DeveloperOutboxView.PATH)).isFalse();
        login(TestUsers.withTenantRole("beheer.hengelo", "hengelo", TenantRole.TENANT_ADMIN));

        navigate(DeveloperOutboxView.PATH, Component.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Pagina niet gevonden");
    }

    @Test
    void the_flag_is_refused_with_keycloak_logins() {
        assertThatThrownBy(() -> new DeveloperOutboxRoute(properties, "keycloak"))
                .hasMessageContaining("werkbrug.login=local");
    }

    @Test
    void a_consultant_does_not_get_the_outbox() {
        registerLikeTheDevProfile();
        login(TestUsers.consultant("consulent.hengelo", "hengelo"));

        navigate(DeveloperOutboxView.PATH, Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(DeveloperOutboxView.class);
        assertThat($(H1.class).single().getText()).isIn("Pagina niet gevonden", "Geen toegang");
    }

    @Test
    void a_tenant_admin_reads_the_mail_in_the_outbox_with_its_link() {
        registerLikeTheDevProfile();
        String to = "outbox-" + System.nanoTime() + "@example.org";
        TenantContext.runAs("hengelo", () -> nl.werkbrug.identity.SystemTask.run(() -> mail.send(
                new MailMessage(to, "Proefbericht", "Open https://werkbrug.example/werkgever/uitnodiging/abc"))));
        login(TestUsers.withTenantRole("beheer.hengelo", "hengelo", TenantRole.TENANT_ADMIN));

        navigate(DeveloperOutboxView.PATH, DeveloperOutboxView.class);

        assertThat($(H1.class).first().getText()).isEqualTo("Postvak (ontwikkelaar)");
        assertThat($(Article.class).all()).anySatisfy(article -> assertThat(article.getElement().getTextRecursively())
                .contains(to, "Proefbericht", "https://werkbrug.example/werkgever/uitnodiging/abc"));
    }
}
