package nl.werkbrug.employer.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.employer.EmployerHomeSection;
import nl.werkbrug.employer.EmployerInvitations;
import nl.werkbrug.employer.EmployerOrganisations;
import nl.werkbrug.employer.EmployerSummary;
import nl.werkbrug.employer.InvitationSummary;
import nl.werkbrug.employer.Vacancies;
import nl.werkbrug.employer.VacancyDetail;
import nl.werkbrug.identity.Colleague;
import nl.werkbrug.identity.CurrentUser;
import nl.werkbrug.identity.EmployerAccounts;
import nl.werkbrug.identity.EmployerRole;
import nl.werkbrug.platform.Formats;

/**
 * An employer user's home: their company, the sections other modules contribute ({@link EmployerHomeSection}: open
 * subsidy requests), its vacancies and their status, their colleagues and, for the admin, invitations.
 */
@Route("werkgever")
@RolesAllowed("EMPLOYER")
class EmployerHomeView extends Main implements HasDynamicTitle {

    private final EmployerAccounts accounts;
    private final EmployerInvitations invitations;
    private final Vacancies vacancies;
    private final List<EmployerHomeSection> sections;
    private final boolean admin;
    private final Grid<Colleague> colleagues = new Grid<>();
    private final Grid<InvitationSummary> openInvitations = new Grid<>();
    private final Formats formats;

    EmployerHomeView(EmployerOrganisations organisations, EmployerAccounts accounts, EmployerInvitations invitations,
                     Vacancies vacancies, List<EmployerHomeSection> sections, CurrentUser currentUser) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(EmployerHomeSection::order)).toList();
        this.accounts = accounts;
        this.vacancies = vacancies;
        this.invitations = invitations;
        this.admin = currentUser.require().employerMembership().map(m -> m.role() == EmployerRole.EMPLOYER_ADMIN).orElse(false);
        this.formats = Formats.of(getLocale());
        addClassName("werkbrug-page");
        organisations.mine().ifPresentOrElse(this::show,
                () -> add(new H1(getTranslation("employer.home.title")), new Paragraph(getTranslation("employer.home.none"))));
    }

    private void show(EmployerSummary company) {
        DescriptionList details = new DescriptionList();
        details.add(new DescriptionList.Term(getTranslation("employer.kvk")), new DescriptionList.Description(company.kvkNumber()));
        if (company.vestigingsnummer() != null) {
            details.add(new DescriptionList.Term(getTranslation("employer.vestigingsnummer")),
                    new DescriptionList.Description(company.vestigingsnummer()));
        }
        if (company.address() != null) {
            details.add(new DescriptionList.Term(getTranslation("employer.address")), new DescriptionList.Description(company.address()));
        } else if (company.place() != null) {
            details.add(new DescriptionList.Term(getTranslation("employer.place")), new DescriptionList.Description(company.place()));
        }
        if (company.sbiCode() != null) {
            details.add(new DescriptionList.Term(getTranslation("employer.sbi-code")), new DescriptionList.Description(company.sbiCode()));
        }
        if (company.contactName() != null) {
            details.add(new DescriptionList.Term(getTranslation("employer.contact")),
                    new DescriptionList.Description(company.contactName() + ", " + company.contactEmail() + ", " + company.contactPhone()));
        }
        H1 name = new H1(company.name());
        name.setId("company-name");
        add(name, new Paragraph(getTranslation("employer.home.intro")), details);
        sections.forEach(section -> add(section.create()));

        Grid<VacancyDetail> ownVacancies = new Grid<>();
        ownVacancies.setId("own-vacancies");
        ownVacancies.setAriaLabel(getTranslation("vacancies.title"));
        ownVacancies.addComponentColumn(vacancy -> new Anchor("werkgever/vacatures/" + vacancy.id(), vacancy.title()))
                .setHeader(getTranslation("vacancy.title"));
        ownVacancies.addColumn(vacancy -> getTranslation("vacancy.status." + vacancy.status().name()))
                .setHeader(getTranslation("vacancy.status.short"));
        ownVacancies.addColumn(VacancyDetail::places).setHeader(getTranslation("vacancy.places"));
        ownVacancies.setEmptyStateText(getTranslation("vacancies.empty"));
        ownVacancies.setAllRowsVisible(true);
        ownVacancies.setItems(vacancies.mine());
        add(new H2(getTranslation("vacancies.title")), ownVacancies,
                new Paragraph(new Anchor("werkgever/vacatures", getTranslation("employer.home.all-vacancies"))));

        colleagues.setId("colleagues");
        colleagues.setAriaLabel(getTranslation("employer.colleagues"));
        colleagues.addColumn(Colleague::displayName).setHeader(getTranslation("employer.colleague.name"));
        colleagues.addColumn(Colleague::username).setHeader(getTranslation("employer.colleague.username"));
        colleagues.addColumn(colleague -> colleague.email() == null ? "" : colleague.email())
                .setHeader(getTranslation("employer.colleague.email"));
        colleagues.addColumn(colleague -> getTranslation("role." + colleague.role().name()))
                .setHeader(getTranslation("employer.colleague.role"));
        colleagues.setAllRowsVisible(true);
        colleagues.setItems(accounts.colleagues(company.id()));
        add(new H2(getTranslation("employer.colleagues")), colleagues);

        if (admin) {
            addInvitations();
        }
    }

    private void addInvitations() {
        TextField email = new TextField(getTranslation("employer.invite.email"));
        email.setId("invite-email");
        email.setHelperText(getTranslation("employer.invite.email.help"));
        Binder<InviteForm> binder = new Binder<>();
        binder.forField(email).asRequired(getTranslation("employer.invite.email.required"))
                .withValidator(new EmailValidator(getTranslation("employer.invite.email.invalid")))
                .bind(InviteForm::getEmail, InviteForm::setEmail);
        InviteForm form = new InviteForm();
        binder.setBean(form);
        Paragraph status = new Paragraph();
        status.setId("invite-status");
        status.getElement().setAttribute("role", "status");
        Button send = new Button(getTranslation("employer.invite.send"), event -> {
            if (binder.validate().isOk()) {
                InvitationSummary sent = invitations.invite(form.getEmail().strip());
                status.setText(getTranslation("employer.invite.sent", sent.email(), formats.dateTime(sent.expiresAt())));
                email.clear();
                email.setInvalid(false);
                openInvitations.setItems(invitations.open());
            }
        });
        send.setId("invite-send");
        HorizontalLayout row = new HorizontalLayout(email, send);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);

        openInvitations.setId("open-invitations");
        openInvitations.setAriaLabel(getTranslation("employer.invitations.open"));
        openInvitations.addColumn(InvitationSummary::email).setHeader(getTranslation("employer.colleague.email"));
        openInvitations.addColumn(InvitationSummary::invitedBy).setHeader(getTranslation("employer.invitations.by"));
        openInvitations.addColumn(invitation -> formats.dateTime(invitation.expiresAt()))
                .setHeader(getTranslation("employer.invitations.expires"));
        openInvitations.setEmptyStateText(getTranslation("employer.invitations.none"));
        openInvitations.setAllRowsVisible(true);
        openInvitations.setItems(invitations.open());

        Div section = new Div(new H2(getTranslation("employer.invite.title")), new Paragraph(getTranslation("employer.invite.intro")),
                row, status, new H2(getTranslation("employer.invitations.open")), openInvitations);
        add(section);
    }

    static final class InviteForm {
        private String email = "";

        String getEmail() {
            return email;
        }

        void setEmail(String email) {
            this.email = email;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("employer.home.title") + " - " + getTranslation("app.name");
    }
}
