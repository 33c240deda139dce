package nl.werkbrug.shell.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import nl.werkbrug.platform.DatabaseOutage;
import nl.werkbrug.platform.LoggedPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** 500: something failed on our side. The details go to the log, never to the page. */
@AnonymousAllowed
class ServerErrorView extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Error while opening {}", LoggedPaths.mask(event.getLocation().getPath()), parameter.getCaughtException());
        if (DatabaseOutage.isOutage(parameter.getCaughtException())) {
            ErrorPage.fill(this, "database");
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        ErrorPage.fill(this, "server");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.server.title");
    }
}
