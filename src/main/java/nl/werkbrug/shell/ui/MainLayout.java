package nl.werkbrug.shell.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;
import nl.werkbrug.identity.CurrentUser;
import nl.werkbrug.identity.LocalAccounts;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.shared.NavigationContributor;
import nl.werkbrug.shared.NavigationEntry;
import nl.werkbrug.shared.NavigationScope;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantBranding;
import nl.werkbrug.tenancy.TenantDirectory;
import org.jspecify.annotations.Nullable;

/**
 * The frame around every view: the active municipality (always visible, in its own theme), the municipality switcher
 * for users who work for several, the language switch, the user and logout, and the navigation for the user's roles.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final TenantDirectory directory;
    private final TenantBranding branding;
    private final List<NavigationContributor> contributors;
    private final @Nullable PortalUser user;

    private final Span logo = new Span();
    private final Span scope = new Span();
    private final Select<Tenant> tenantSwitcher = new Select<>();
    private final SideNav navigation = new SideNav();
    private @Nullable NavigationScope shownScope;

    MainLayout(TenantDirectory directory, TenantBranding branding, List<NavigationContributor> contributors,
               CurrentUser currentUser, LocalAccounts accounts) {
        this.directory = directory;
        this.branding = branding;
        this.contributors = contributors;
        this.user = currentUser.get().orElse(null);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        logo.addClassName("werkbrug-logo");
        scope.setId("active-scope");
        scope.addClassName("werkbrug-scope");

        tenantSwitcher.setId("tenant-switcher");
        tenantSwitcher.setAriaLabel(getTranslation("shell.tenant-switcher"));
        tenantSwitcher.setItemLabelGenerator(Tenant::shortName);
        List<Tenant> memberOf = user == null ? List.of() : user.tenants().stream().map(directory::find)
                .flatMap(Optional::stream).sorted(Comparator.comparing(Tenant::shortName)).toList();
        tenantSwitcher.setItems(memberOf);
        tenantSwitcher.setVisible(memberOf.size() > 1);
        tenantSwitcher.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                UI.getCurrent().navigate("gemeente/" + event.getValue().id());
            }
        });

        LanguageSelect language = new LanguageSelect(getLocale(), locale -> {
            Languages.choose(locale);
            if (user != null) {
                accounts.setPreferredLanguage(locale.getLanguage());
            }
            UI.getCurrent().getPage().reload();
        });

        Div spacer = new Div();
        spacer.addClassName("werkbrug-spacer");
        addToNavbar(toggle, logo, scope, tenantSwitcher, spacer, language);
        if (user != null) {
            Span userName = new Span(user.displayName());
            userName.addClassName("werkbrug-user");
            addToNavbar(userName, new LogoutForm());
        }

        navigation.getElement().setAttribute("aria-label", getTranslation("shell.navigation"));
        addToDrawer(navigation);
        setPrimarySection(Section.NAVBAR);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        UI ui = UI.getCurrent();
        Optional<Tenant> tenant = ActiveTenant.of(ui).flatMap(directory::find);
        branding.show(ui, tenant.orElse(null));
        tenant.ifPresentOrElse(t -> getElement().setAttribute("data-tenant", t.id()),
                () -> getElement().removeAttribute("data-tenant"));
        logo.setText(tenant.map(t -> branding.of(t).logoText()).orElse(getTranslation("app.name")));
        tenant.flatMap(branding::logoUrl).ifPresent(image -> logo.addComponentAsFirst(new Image(image, "")));
        scope.setText(tenant.map(Tenant::name)
                .orElse(getTranslation("shell.region", directory.region().name())));
        tenant.ifPresent(tenantSwitcher::setValue);
        buildNavigation(tenant);
    }

    /**
     * The navigation for the user's roles where they are; built again only when that scope changed, not on every
     * navigation (the entries depend on the scope alone; issue 13, load test).
     */
    private void buildNavigation(Optional<Tenant> tenant) {
        if (user == null) {
            navigation.removeAll();
            return;
        }
        String region = directory.region().id();
        NavigationScope navigationScope = new NavigationScope(tenant.map(Tenant::id),
                tenant.map(t -> user.rolesIn(t.id()).stream().map(Enum::name).collect(Collectors.toSet())).orElse(Set.of()),
                region,
                user.regionRoles().getOrDefault(region, Set.of()).stream().map(Enum::name).collect(Collectors.toSet()),
                user.employer() != null);
        if (navigationScope.equals(shownScope)) {
            return;
        }
        shownScope = navigationScope;
        navigation.removeAll();
        contributors.stream()
                .flatMap(contributor -> contributor.entries(navigationScope).stream())
                .sorted(Comparator.comparingInt(NavigationEntry::order))
                .forEach(entry -> navigation.addItem(new SideNavItem(getTranslation(entry.labelKey()), entry.path())));
    }
}
