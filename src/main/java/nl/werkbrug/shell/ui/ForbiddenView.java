package nl.werkbrug.shell.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** 403: the user may not open this page, e.g. a page of a municipality they do not work for. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class ForbiddenView extends ForbiddenPage<AccessDeniedException> {

    ForbiddenView(AccessDeniedAudit audit) {
        super(audit);
    }

    @Override
    String refused() {
        return "page access";
    }
}
