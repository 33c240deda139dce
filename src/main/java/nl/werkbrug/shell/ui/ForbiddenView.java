package nl.werkbrug.shell.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** 403: the user may not open this page, e.g. a page of a municipality they do not work for. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class ForbiddenView extends Main implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    private final AccessDeniedAudit audit;

    ForbiddenView(AccessDeniedAudit audit) {
        this.audit = audit;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        audit.record(event.getLocation(), "page access");
        ErrorPage.fill(this, "forbidden");
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.forbidden.title");
    }
}
