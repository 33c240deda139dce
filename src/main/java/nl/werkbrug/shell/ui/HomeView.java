package nl.werkbrug.shell.ui;

import java.time.Clock;
import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.werkbrug.catalogue.Bibliography;
import nl.werkbrug.catalogue.InstrumentApplicability;
import nl.werkbrug.employer.Vacancies;
import nl.werkbrug.identity.CurrentUser;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.identity.RegionRole;
import nl.werkbrug.tenancy.TenantDirectory;

/**
 * The start page. A visitor who is not signed in finds the front door: what the region offers employers, the guided
 * question "which support fits my new employee?", the region's open vacancies, the werkgeversservicepunt of each
 * municipality, and the ways in ("Bedrijf registreren", "Inloggen"). A signed-in user goes to their home: the municipality of the host name or the one chosen
 * last (if the user works there), the region for coordinators, the company for employers (or the request the
 * employer was on their way to file, see {@link FrontDoorContinuation}).
 */
@Route(value = "", layout = PublicFrame.class)
@AnonymousAllowed
class HomeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final TenantDirectory directory;
    private final InstrumentApplicability applicability;
    private final Vacancies vacancies;
    private final Bibliography bibliography;
    private final Clock clock;

    HomeView(CurrentUser currentUser, TenantDirectory directory, InstrumentApplicability applicability,
             Vacancies vacancies, Bibliography bibliography, Clock clock) {
        this.currentUser = currentUser;
        this.directory = directory;
        this.applicability = applicability;
        this.vacancies = vacancies;
        this.bibliography = bibliography;
        this.clock = clock;
        addClassName("werkbrug-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<PortalUser> signedIn = currentUser.get();
        if (signedIn.isEmpty()) {
            showFrontDoor();
            return;
        }
        PortalUser user = signedIn.get();
        Optional<String> tenant = PublicFrame.hostTenant(directory).map(nl.werkbrug.tenancy.Tenant::id).filter(user::isMemberOf)
                .or(() -> ActiveTenant.lastChosen(event.getUI().getSession()).filter(user::isMemberOf));
        Optional<String> continuation = FrontDoorContinuation.take(event.getUI().getSession());
        if (user.employer() != null && continuation.isPresent()) {
            String[] target = continuation.get().split("\\?", 2);
            event.forwardTo(target[0], com.vaadin.flow.router.QueryParameters.fromString(target[1]));
        } else if (tenant.isPresent()) {
            event.forwardTo("gemeente/" + tenant.get());
        } else if (user.hasRegionRole(directory.region().id(), RegionRole.COORDINATOR)) {
            event.forwardTo("regio/" + directory.region().id());
        } else if (!user.tenants().isEmpty()) {
            event.forwardTo("gemeente/" + user.tenants().getFirst());
        } else if (user.employer() != null) {
            event.forwardTo("werkgever");
        } else {
            event.forwardTo(NoAccessView.class);
        }
    }

    private void showFrontDoor() {
        removeAll();
        setId("front-door");
        Anchor register = new Anchor("werkgever/registreren", getTranslation("frontdoor.register"));
        register.setId("front-register");
        register.addClassName("werkbrug-cta");
        Anchor login = new Anchor("login", getTranslation("frontdoor.login"));
        login.setId("front-login");
        Section offer = new Section(new H2(getTranslation("frontdoor.offer.title")),
                new Paragraph(getTranslation("frontdoor.offer.text", directory.region().name(), directory.tenants().size())),
                new Paragraph(new Anchor("instrumenten", getTranslation("frontdoor.offer.instruments"))),
                new Paragraph(register), new Paragraph(login));
        offer.setId("offer");
        Div columns = new Div(new GuidedQuestions(applicability, directory, clock), new OpenVacancies(vacancies.publicVacancies()));
        columns.addClassName("frontdoor-columns");
        add(new H1(getTranslation("frontdoor.title", directory.region().name())), offer, columns,
                new ServicePoints(directory, bibliography, PublicFrame.hostTenant(directory)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("frontdoor.page-title", directory.region().name()) + " - " + getTranslation("app.name");
    }
}
