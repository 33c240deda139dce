package nl.werkbrug.shell.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/** 403 raised by a service's method security while a view opened. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class ServiceForbiddenView extends Main implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    private final AccessDeniedAudit audit;

    ServiceForbiddenView(AccessDeniedAudit audit) {
        this.audit = audit;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        audit.record(event.getLocation(), "service access");
        ErrorPage.fill(this, "forbidden");
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.forbidden.title");
    }
}
