package nl.werkbrug.shell.ui;

import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.access.AccessDeniedException;

/** 403 raised by a service's method security while a view opened. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class ServiceForbiddenView extends ForbiddenPage<AccessDeniedException> {

    ServiceForbiddenView(AccessDeniedAudit audit) {
        super(audit);
    }

    @Override
    String refused() {
        return "service access";
    }
}
