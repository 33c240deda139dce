package nl.werkbrug.shell.ui;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteBaseData;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.springframework.stereotype.Component;

/**
 * Puts every public route in the {@link PublicFrame}: a route a visitor may open without signing in
 * ({@code @AnonymousAllowed}) that names no layout of its own would otherwise get the automatic {@code MainLayout},
 * the signed-in user's frame. Done once when Vaadin starts, on the registry the modules' routes are in, so a module's
 * public view (the catalogue, an invitation, the algorithm register) gets the one public header without depending on
 * the shell. The routes are scanned once, and again only after a route that needs the frame was added.
 * <p>
 * Not with {@code @Layout} paths: Vaadin 25.2 orders layouts by their number of path segments and counts the root
 * layout's "/" as one segment, so a one-segment path such as {@code /instrumenten} ties with the main layout and
 * whichever the registry's hash map lists first wins.
 */
@Component
class PublicRoutes implements VaadinServiceInitListener {

    /**
     * When Vaadin starts; and, as routes may be registered after the service (Vaadin's Browserless tests register
     * them later), again before the first navigation of a UI after a route that needs the frame was added. The
     * registry's change listener only notes that: it runs inside the registry's commit, where a change of its own
     * would not be committed, and the listener sees the frame's own re-registrations, which need nothing.
     */
    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(event.getSource().getContext()));
        AtomicBoolean unframed = new AtomicBoolean();
        routes.addRoutesChangeListener(change -> {
            if (change.getAddedRoutes().stream().anyMatch(PublicRoutes::needsFrame)) {
                unframed.set(true);
            }
        });
        frame(routes);
        event.getSource().addUIInitListener(init -> {
            if (unframed.getAndSet(false)) {
                frame(routes);
            }
        });
    }

    static void frame(RouteConfiguration routes) {
        routes.update(() -> routes.getAvailableRoutes().stream()
                .filter(PublicRoutes::needsFrame)
                .toList()
                .forEach(route -> {
                    routes.removeRoute(route.getTemplate());
                    routes.setRoute(route.getTemplate(), route.getNavigationTarget(), List.of(PublicFrame.class));
                }));
    }

    /** A public route ({@code @AnonymousAllowed}) that leaves its layout to Vaadin and is not in the frame yet. */
    private static boolean needsFrame(RouteBaseData<?> route) {
        return route.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class)
                && automaticLayout(route.getNavigationTarget())
                && !route.getParentLayouts().contains(PublicFrame.class);
    }

    /** A route that names no layout ({@code layout}, {@code @ParentLayout}) and leaves it to Vaadin. */
    private static boolean automaticLayout(Class<?> target) {
        Route route = target.getAnnotation(Route.class);
        return route != null && route.autoLayout() && route.layout() == UI.class
                && !target.isAnnotationPresent(ParentLayout.class);
    }
}
