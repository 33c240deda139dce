package nl.werkbrug.shell.ui;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantBranding;
import nl.werkbrug.tenancy.TenantDirectory;

/**
 * The frame of the public pages for visitors who are not signed in (the front door, company registration): the
 * region's or the host municipality's name and colours, the way to the instruments, "Bedrijf registreren",
 * "Inloggen" (staff and employers alike, one click) and the language switch. Routes under
 * {@code /werkgever/registreren} get it by their path; the front door names it.
 */
@Layout("/werkgever/registreren")
@AnonymousAllowed
public class PublicFrame extends Div implements RouterLayout, AfterNavigationObserver {

    private final TenantDirectory directory;
    private final TenantBranding branding;
    private final Anchor logo = new Anchor("", "");

    PublicFrame(TenantDirectory directory, TenantBranding branding) {
        this.directory = directory;
        this.branding = branding;
        addClassName("werkbrug-public");
        logo.addClassName("werkbrug-logo");
        logo.setId("public-logo");
        Anchor instruments = link("instrumenten", "frontdoor.nav.instruments", "nav-instruments");
        Anchor register = link("werkgever/registreren", "frontdoor.nav.register", "nav-register");
        Anchor login = link("login", "frontdoor.nav.login", "nav-login");
        LanguageSelect language = new LanguageSelect(getLocale(), locale -> {
            Languages.choose(locale);
            UI.getCurrent().getPage().reload();
        });
        Nav nav = new Nav(instruments, register, login, language);
        nav.addClassName("werkbrug-public-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("frontdoor.nav"));
        Header header = new Header(logo, nav);
        header.addClassName("werkbrug-public-header");
        add(header);
    }

    private Anchor link(String href, String key, String id) {
        Anchor anchor = new Anchor(href, getTranslation(key));
        anchor.setId(id);
        return anchor;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Optional<Tenant> tenant = hostTenant(directory);
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
