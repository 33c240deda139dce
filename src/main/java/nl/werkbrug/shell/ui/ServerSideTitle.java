package nl.werkbrug.shell.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.NavigationState;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantDirectory;
import org.springframework.stereotype.Component;

/**
 * Puts a title into the {@code <title>} of the first HTML response of every route, so the page has its name before
 * any script runs (WCAG 2.4.2) and a browser, screen reader or plain HTTP client sees it at once. The title comes from
 * the translation key {@code page-title.<route template>} ({@code gemeente/:tenant/beheer} reads
 * {@code page-title.gemeente.tenant.beheer}, the root {@code page-title.home}) with the municipality of the route
 * ({@code :tenant} or {@code :gemeente}), or else the region, as argument {0}. Once the view has loaded it may set a
 * more precise title ({@code HasDynamicTitle}); a path without a route is named after the application.
 */
@Component
record ServerSideTitle(I18NProvider translations, TenantDirectory directory) implements VaadinServiceInitListener {

    static final String PREFIX = "page-title.";
    private static final String MISSING = "!{";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        event.addIndexHtmlRequestListener(response -> response.getDocument().title(title(service, response.getVaadinRequest())));
    }

    private String title(VaadinService service, VaadinRequest request) {
        Locale locale = Languages.fromRequest(request);
        String path = Optional.ofNullable(request.getPathInfo()).orElse("").replaceFirst("^/", "");
        Optional<NavigationState> route = service.getRouter().resolveNavigationTarget(path, Map.of());
        Optional<String> template = route.flatMap(state -> service.getRouter().getRegistry()
                .getTemplate(state.getNavigationTarget()));
        return template.map(found -> translations.getTranslation(key(found), locale,
                        municipality(route.get().getRouteParameters())))
                .filter(title -> !title.isBlank() && !title.startsWith(MISSING))
                .orElseGet(() -> translations.getTranslation("app.name", locale));
    }

    /** The municipality the route is about, or else the region. */
    private String municipality(RouteParameters parameters) {
        return Stream.of("tenant", "gemeente").map(parameters::get).flatMap(Optional::stream).map(directory::find)
                .flatMap(Optional::stream).map(Tenant::shortName).findFirst().orElse(directory.region().name());
    }

    /** {@code gemeente/:tenant/beheer} gives {@code page-title.gemeente.tenant.beheer}; the root {@code page-title.home}. */
    static String key(String template) {
        return PREFIX + (template.isEmpty() ? "home" : Arrays.stream(template.split("/"))
                .map(segment -> segment.replaceAll("[:?*]|\\(.*\\)", "")).collect(Collectors.joining(".")));
    }
}
