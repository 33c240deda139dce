package nl.werkbrug.shell.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.servlet.http.HttpServletResponse;

/** The 403 page for one kind of refusal: audited, explained, with the way back. */
abstract class ForbiddenPage<E extends Exception> extends Main implements HasErrorParameter<E>, HasDynamicTitle {

    private final AccessDeniedAudit audit;

    ForbiddenPage(AccessDeniedAudit audit) {
        this.audit = audit;
    }

    /** What was refused, for the audit entry ("page access", "service access"). */
    abstract String refused();

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter) {
        audit.record(event.getLocation(), refused());
        ErrorPage.fill(this, "forbidden");
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.forbidden.title");
    }
}
