package nl.werkbrug.shell.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.PermitAll;
import nl.werkbrug.identity.CurrentUser;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.identity.RegionRole;
import nl.werkbrug.tenancy.TenantDirectory;

/**
 * The start page sends each user to their home: the municipality of the host name or the one chosen last (if the
 * user works there), the region for coordinators, the company for employers.
 */
@Route("")
@PermitAll
class HomeView extends Main implements BeforeEnterObserver {

    private final CurrentUser currentUser;
    private final TenantDirectory directory;

    HomeView(CurrentUser currentUser, TenantDirectory directory) {
        this.currentUser = currentUser;
        this.directory = directory;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PortalUser user = currentUser.require();
        Optional<String> tenant = hostTenant().filter(user::isMemberOf)
                .or(() -> ActiveTenant.lastChosen(event.getUI().getSession()).filter(user::isMemberOf));
        if (tenant.isPresent()) {
            event.forwardTo("gemeente/" + tenant.get());
        } else if (user.hasRegionRole(directory.region().id(), RegionRole.COORDINATOR)) {
            event.forwardTo("regio/" + directory.region().id());
        } else if (!user.tenants().isEmpty()) {
            event.forwardTo("gemeente/" + user.tenants().getFirst());
        } else if (user.employer() != null) {
            event.forwardTo("werkgever");
        } else {
            event.forwardTo(NoAccessView.class);
        }
    }

    private Optional<String> hostTenant() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getHeader("Host") == null) {
            return Optional.empty();
        }
        String host = request.getHeader("Host").replaceFirst(":\\d+$", "");
        return directory.forHost(host).map(nl.werkbrug.tenancy.Tenant::id);
    }
}
