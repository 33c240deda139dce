package nl.werkbrug.shell.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.werkbrug.identity.CurrentUser;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantBranding;
import nl.werkbrug.tenancy.TenantDirectory;

/**
 * The one frame of every public page (the front door, login, company registration, accepting an invitation, the
 * public catalogue and comparison, the algorithm register): the municipality's name, logo and colours (the
 * municipality the page is about, {@code :gemeente} in its route, else the one whose host name the visitor used,
 * else the region), the way to the instruments, "Bedrijf registreren" and "Inloggen" (staff and employers alike, one
 * click; "Naar het portaal" once signed in) and the language switch.
 * <p>
 * Shell views name it ({@code layout = PublicFrame.class}); every other route a visitor may open without signing in
 * gets it from {@link PublicRoutes}, so other modules' public views need not know the shell.
 */
@AnonymousAllowed
public class PublicFrame extends Div implements RouterLayout, AfterNavigationObserver, LocaleChangeObserver {

    private final TenantDirectory directory;
    private final TenantBranding branding;
    private final CurrentUser currentUser;
    private final Anchor logo = new Anchor("", "");
    private final Nav nav = new Nav();
    private final Map<Anchor, String> labels = new LinkedHashMap<>();
    private final Anchor portal;
    private final List<Anchor> waysIn;
    private final LanguageSelect language;

    PublicFrame(TenantDirectory directory, TenantBranding branding, CurrentUser currentUser) {
        this.directory = directory;
        this.branding = branding;
        this.currentUser = currentUser;
        addClassName("werkbrug-public");
        logo.addClassName("werkbrug-logo");
        logo.setId("public-logo");
        link("instrumenten", "frontdoor.nav.instruments", "nav-instruments");
        portal = link("", "frontdoor.nav.portal", "nav-portal");
        waysIn = List.of(link("werkgever/registreren", "frontdoor.nav.register", "nav-register"),
                link("login", "frontdoor.nav.login", "nav-login"));
        language = new LanguageSelect(getLocale(), locale -> {
            Languages.choose(locale);
            UI.getCurrent().getPage().reload();
        });
        nav.add(language);
        nav.addClassName("werkbrug-public-nav");
        Header header = new Header(logo, nav);
        header.addClassName("werkbrug-public-header");
        header.setId("public-header");
        add(header);
    }

    private Anchor link(String href, String key, String id) {
        Anchor anchor = new Anchor(href, "");
        anchor.setId(id);
        labels.put(anchor, key);
        nav.add(anchor);
        return anchor;
    }

    /** Texts in the UI's language, also when the frame outlives a change of language (Vaadin reuses layouts). */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        labels.forEach((anchor, key) -> anchor.setText(getTranslation(key)));
        nav.getElement().setAttribute("aria-label", getTranslation("frontdoor.nav"));
        language.setValue(Languages.supported(event.getLocale().getLanguage()));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        boolean signedIn = currentUser.get().isPresent();
        portal.setVisible(signedIn);
        waysIn.forEach(anchor -> anchor.setVisible(!signedIn));
        Optional<Tenant> tenant = event.getRouteParameters().get("gemeente").flatMap(directory::find)
                .or(() -> hostTenant(directory));
        logo.setText(tenant.map(t -> branding.of(t).logoText()).orElse(getTranslation("app.name")));
        tenant.flatMap(branding::logoUrl).ifPresent(image -> logo.addComponentAsFirst(new Image(image, "")));
        branding.show(UI.getCurrent(), tenant.orElse(null));
    }

    /** The municipality whose host name the visitor used, if any. */
    static Optional<Tenant> hostTenant(TenantDirectory directory) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getHeader("Host") == null) {
            return Optional.empty();
        }
        return directory.forHost(request.getHeader("Host").replaceFirst(":\\d+$", ""));
    }
}
