package nl.werkbrug.shell.ui;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import nl.werkbrug.identity.CurrentUser;
import nl.werkbrug.tenancy.AmbientTenantSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The active tenant of the browser tab that sent the current request, checked against the user's memberships on
 * every use: a membership withdrawn during a session stops access at the next click.
 */
@Component
class UiTenantSource implements AmbientTenantSource {

    private final CurrentUser currentUser;

    UiTenantSource(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Optional<String> currentTenant() {
        Optional<String> tenant = ActiveTenant.of(UI.getCurrent());
        if (tenant.isPresent() && !currentUser.get().map(user -> user.isMemberOf(tenant.get())).orElse(false)) {
            throw new AccessDeniedException("Not a member of " + tenant.get());
        }
        return tenant;
    }
}
