package nl.werkbrug.shell.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.werkbrug.identity.CurrentUser;
import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.tenancy.TenantDirectory;
import org.springframework.stereotype.Component;

/**
 * The edge of tenant isolation: every navigation to {@code gemeente/<tenant>/...} is checked against the user's
 * memberships before the view opens. Unknown municipalities give 404, municipalities the user does not work for 403.
 */
@Component
class TenantRouteGuard implements VaadinServiceInitListener {

    static final String PARAMETER = "tenant";

    private final TenantDirectory directory;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    TenantRouteGuard(TenantDirectory directory, CurrentUser currentUser, AuditLog audit) {
        this.directory = directory;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        var tenant = event.getRouteParameters().get(PARAMETER);
        var user = currentUser.get();
        if (tenant.isEmpty()) {
            ActiveTenant.set(event.getUI(), null);
            return;
        }
        if (user.isEmpty()) {
            return; // not logged in: Vaadin's access control sends the user to the login page
        }
        // A refused municipality never becomes active; the tab stays with the one it had.
        if (directory.find(tenant.get()).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
        } else if (!user.get().isMemberOf(tenant.get())) {
            event.rerouteToError(AccessDeniedException.class);
        } else {
            ActiveTenant.of(event.getUI()).filter(previous -> !previous.equals(tenant.get())).ifPresent(previous ->
                    audit.record(AuditAction.TENANT_SWITCHED, tenant.get(), "gemeente", previous + " -> " + tenant.get()));
            ActiveTenant.set(event.getUI(), tenant.get());
        }
    }
}
