package nl.werkbrug.identity.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.identity.LocalAccounts;
import nl.werkbrug.identity.Member;
import nl.werkbrug.tenancy.CurrentTenant;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantDirectory;
import nl.werkbrug.shared.ui.Facts;

/** A tenant admin's home: the municipality's settings from {@code tenants/} and who works for it. */
@Route("gemeente/:tenant/beheer")
@RolesAllowed("TENANT_ADMIN")
class TenantAdminView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LocalAccounts accounts;
    private final CurrentTenant currentTenant;
    private final TenantDirectory directory;
    private String title = "";

    TenantAdminView(LocalAccounts accounts, CurrentTenant currentTenant, TenantDirectory directory) {
        this.accounts = accounts;
        this.currentTenant = currentTenant;
        this.directory = directory;
        addClassName("werkbrug-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Tenant tenant = directory.require(currentTenant.require());
        title = getTranslation("admin.heading", tenant.shortName());

        DescriptionList settings = new DescriptionList();
        Facts.term(this, settings, "admin.name", tenant.name());
        Facts.term(this, settings, "admin.cbs-code", tenant.cbsCode());
        Facts.term(this, settings, "admin.executing", tenant.executingOrganisation());
        Facts.term(this, settings, "admin.hosts", String.join(", ", tenant.hosts()));
        Facts.term(this, settings, "admin.language", tenant.defaultLocale().getDisplayLanguage(getLocale()));
        Facts.term(this, settings, "admin.theme", tenant.brand().logoText() + " (" + tenant.brand().primary() + ")");

        Grid<Member> members = new Grid<>();
        members.setId("members");
        members.setAriaLabel(getTranslation("admin.members"));
        members.addColumn(Member::displayName).setHeader(getTranslation("admin.member.name")).setSortable(true);
        members.addColumn(Member::username).setHeader(getTranslation("admin.member.username")).setSortable(true);
        members.addColumn(member -> member.roles().stream().map(role -> getTranslation("role." + role.name()))
                .sorted().collect(Collectors.joining(", "))).setHeader(getTranslation("admin.member.roles"));
        members.setItems(accounts.membersOfActiveTenant());
        members.setAllRowsVisible(true);
        members.setEmptyStateText(getTranslation("admin.members.empty"));

        removeAll();
        add(new H1(title), new H2(getTranslation("admin.settings")), settings, new H2(getTranslation("admin.members")), members);
    }

    @Override
    public String getPageTitle() {
        return title + " - " + getTranslation("app.name");
    }
}
