package nl.werkbrug.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.pool.Introduction;
import nl.werkbrug.pool.Introductions;
import nl.werkbrug.tenancy.CurrentTenant;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantDirectory;

/**
 * The owning municipality's inbox of introduction requests: open requests for its pool profiles, oldest first, with
 * the link to the candidate file; a consultant answers one with the candidate's consent for that requester or a
 * decline, and records it when a candidate takes a consent given back. Says whether and when requests expire (the
 * municipality's term, or none).
 */
@Route("gemeente/:tenant/kennismakingen")
@RolesAllowed("CONSULTANT")
class IntroductionsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Introductions introductions;
    private final CurrentTenant currentTenant;
    private final TenantDirectory directory;
    private final Formats formats;
    private final Paragraph term = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final Grid<Introduction> grid = new Grid<>();
    private final Grid<Introduction> consented = new Grid<>();
    private final Div answer = new Div();
    private Tenant tenant;

    IntroductionsView(Introductions introductions, CurrentTenant currentTenant, TenantDirectory directory) {
        this.introductions = introductions;
        this.currentTenant = currentTenant;
        this.directory = directory;
        this.tenant = directory.tenants().getFirst();
        this.formats = Formats.of(getLocale());
        addClassName("werkbrug-page");
        term.setId("introductions-term");
        status.setId("introductions-status");
        status.getElement().setAttribute("role", "status");
        answer.setId("answer");

        grid.setId("introductions");
        grid.setAriaLabel(getTranslation("introductions.heading"));
        grid.addComponentColumn(this::fileLink).setHeader(getTranslation("introductions.profile"));
        grid.addColumn(Introduction::requesterName).setHeader(getTranslation("introductions.requester"));
        grid.addColumn(Introduction::purpose).setHeader(getTranslation("introductions.purpose")).setFlexGrow(2);
        grid.addColumn(introduction -> formats.date(introduction.requestedAt()))
                .setHeader(getTranslation("introductions.requested-at"));
        grid.addColumn(introduction -> introduction.expiresOn() == null ? getTranslation("introductions.no-expiry")
                : formats.date(introduction.expiresOn())).setHeader(getTranslation("introductions.expires-on"));
        grid.addComponentColumn(introduction -> answerButton(introduction, "introductions.answer.open",
                "introductions.answer.open-aria")).setHeader(getTranslation("introductions.answer.column"));
        grid.setEmptyStateText(getTranslation("introductions.empty"));
        grid.setAllRowsVisible(true);

        consented.setId("introductions-consented");
        consented.setAriaLabel(getTranslation("introductions.consented.heading"));
        consented.addComponentColumn(this::fileLink).setHeader(getTranslation("introductions.profile"));
        consented.addColumn(Introduction::requesterName).setHeader(getTranslation("introductions.requester"));
        consented.addColumn(introduction -> introduction.answeredAt() == null ? ""
                : formats.date(introduction.answeredAt())).setHeader(getTranslation("introductions.consented.at"));
        consented.addComponentColumn(introduction -> answerButton(introduction, "introductions.takeback.open",
                "introductions.takeback.open-aria")).setHeader(getTranslation("introductions.answer.column"));
        consented.setEmptyStateText(getTranslation("introductions.consented.empty"));
        consented.setAllRowsVisible(true);
        add(new H1(getTranslation("introductions.heading")), new Paragraph(getTranslation("introductions.intro")),
                term, status, grid, new H2(getTranslation("introductions.consented.heading")),
                new Paragraph(getTranslation("introductions.consented.intro")), consented, answer);
    }

    private Anchor fileLink(Introduction introduction) {
        Anchor link = new Anchor("gemeente/" + tenant.id() + "/dossiers/" + introduction.fileId(),
                introduction.pseudonym());
        link.getElement().setAttribute("aria-label", getTranslation("introductions.open-file",
                introduction.pseudonym()));
        return link;
    }

    private Button answerButton(Introduction introduction, String labelKey, String ariaKey) {
        Button button = new Button(getTranslation(labelKey), click -> {
            answer.removeAll();
            answer.add(IntroductionAnswerForm.of(introduction, introductions, this::answered));
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", getTranslation(ariaKey, introduction.pseudonym(),
                introduction.requesterName()));
        return button;
    }

    private void answered(String messageKey) {
        answer.removeAll();
        status.setText(getTranslation(messageKey));
        refresh();
    }

    private void refresh() {
        grid.setItems(introductions.inbox());
        consented.setItems(introductions.consented());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = directory.require(currentTenant.require());
        Integer days = tenant.pool().introductionExpiresDays();
        term.setText(days == null ? getTranslation("introductions.term.none", tenant.name())
                : getTranslation("introductions.term.days", tenant.name(), days));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("introductions.heading") + " - " + tenant.shortName() + " - "
                + getTranslation("app.name");
    }
}
