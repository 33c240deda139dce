package nl.werkbrug.shell.ui;

import java.util.Optional;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.jspecify.annotations.Nullable;

/**
 * The municipality a browser tab works for. It comes from the route ({@code gemeente/<tenant>/...}), is checked
 * against the user's memberships before it is set, and is kept per UI so two tabs can work for two municipalities.
 */
final class ActiveTenant {

    private static final String LAST_CHOSEN = "werkbrug.lastTenant";

    private record Holder(String tenantId) {
    }

    private ActiveTenant() {
    }

    static Optional<String> of(@Nullable UI ui) {
        if (ui == null) {
            return Optional.empty();
        }
        Holder holder = ComponentUtil.getData(ui, Holder.class);
        return holder == null ? Optional.empty() : Optional.of(holder.tenantId());
    }

    static void set(UI ui, @Nullable String tenantId) {
        ComponentUtil.setData(ui, Holder.class, tenantId == null ? null : new Holder(tenantId));
        if (tenantId != null) {
            ui.getSession().setAttribute(LAST_CHOSEN, tenantId);
        }
    }

    /** The municipality this user chose last in this session, to return to from the start page. */
    static Optional<String> lastChosen(VaadinSession session) {
        return Optional.ofNullable((String) session.getAttribute(LAST_CHOSEN));
    }
}
