package nl.werkbrug.catalogue.ui;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.werkbrug.identity.CurrentUser;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantBranding;
import nl.werkbrug.tenancy.TenantDirectory;

/**
 * The frame of the public catalogue pages, open to everyone (the portal's main layout is for logged-in users): the
 * municipality's name and colours when the page is about one municipality, and the way in for staff.
 */
@AnonymousAllowed
@StyleSheet("styles/catalogue.css")
class PublicLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final TenantDirectory directory;
    private final TenantBranding branding;
    private final Anchor logo = new Anchor();

    PublicLayout(TenantDirectory directory, TenantBranding branding, CurrentUser currentUser) {
        this.directory = directory;
        this.branding = branding;
        addClassName("catalogue-layout");
        logo.addClassName("werkbrug-logo");
        logo.setId("public-logo");
        Anchor portal = currentUser.get().isPresent()
                ? new Anchor("", getTranslation("catalogue.layout.portal"))
                : new Anchor(CatalogueRoutes.LOGIN, getTranslation("catalogue.layout.login"));
        portal.setId("public-login");
        Header header = new Header(logo, portal);
        header.addClassName("catalogue-header");
        add(header);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Optional<Tenant> tenant = event.getLocation().getSegments().stream().skip(1).findFirst().flatMap(directory::find);
        logo.setText(tenant.map(t -> branding.of(t).logoText()).orElse(getTranslation("app.name")));
        tenant.flatMap(branding::logoUrl).ifPresent(image -> logo.addComponentAsFirst(new Image(image, "")));
        logo.setHref(CatalogueRoutes.catalogue(tenant.map(Tenant::id).orElse("")));
        branding.show(UI.getCurrent(), tenant.orElse(null));
    }
}
