package nl.werkbrug.shell.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Starts every session in the chosen language (Dutch unless the browser chose English) and marks the page's lang. */
@Component
class LanguageSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setLocale(Languages.fromRequest(init.getRequest())));
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", Languages.fromRequest(response.getVaadinRequest()).getLanguage()));
    }
}
