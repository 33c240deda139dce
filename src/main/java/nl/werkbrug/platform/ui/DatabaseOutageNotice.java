package nl.werkbrug.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.werkbrug.platform.DatabaseOutage;
import org.springframework.stereotype.Component;

/**
 * A click or save that fails because the database is out of reach shows the Dutch outage message in the page
 * (the view stays, with what the user typed) instead of Vaadin's general error; other failures go to Vaadin's
 * default handling. Navigation failures get the outage page from the server error view.
 */
@Component
class DatabaseOutageNotice implements VaadinServiceInitListener {

    private static final DefaultErrorHandler DEFAULT = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(DatabaseOutageNotice::handle));
    }

    static void handle(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui == null || !DatabaseOutage.isOutage(event.getThrowable())) {
            DEFAULT.error(event);
            return;
        }
        Notification notice = Notification.show(ui.getTranslation(DatabaseOutage.MESSAGE_KEY + ".message"), 10_000,
                Notification.Position.MIDDLE);
        notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notice.setId("database-outage");
    }
}
