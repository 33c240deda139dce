package nl.werkbrug.platform.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import nl.werkbrug.platform.PlatformProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Registers the developer outbox page, which is not registered at start-up like the other routes: without
 * {@code werkbrug.mail.outbox-page=true} (profile {@code dev}) the path does not exist at all. The flag needs the
 * outbox and local logins; with anything else the portal refuses to start rather than silently show nothing, and the
 * prod profile refuses the flag itself ({@code ProductionGuard}).
 */
@Component
@ConditionalOnBooleanProperty("werkbrug.mail.outbox-page")
class DeveloperOutboxRoute implements VaadinServiceInitListener {

    // werkbrug.login belongs to identity (LoginProperties), which depends on platform; platform reads the key itself
    // rather than depend back on identity.
    DeveloperOutboxRoute(PlatformProperties properties, @Value("${werkbrug.login:local}") String login) {
        if (!properties.mail().outbox() || !"local".equals(login)) {
            throw new IllegalStateException("werkbrug.mail.outbox-page=true needs werkbrug.mail.outbox=true and "
                    + "werkbrug.login=local (the developer outbox of the embedded default)");
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                .setAnnotatedRoute(DeveloperOutboxView.class);
    }
}
