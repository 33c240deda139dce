package nl.werkbrug.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.candidates.CandidateFileDetail;
import nl.werkbrug.candidates.CandidateFiles;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.shared.ui.ProblemFields;
import nl.werkbrug.tenancy.CurrentTenant;

/**
 * Opening a candidate's file in the active municipality. {@link nl.werkbrug.candidates.CandidateIdentity} judges
 * what is typed; its problems are shown at their fields and nothing typed is lost. Once opened, the file is shown.
 */
@Route("gemeente/:tenant/dossiers/nieuw")
@RolesAllowed("CONSULTANT")
class NewCandidateFileView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CandidateFiles files;
    private final CurrentTenant currentTenant;
    private final Binder<CandidateIdentityForm> binder = new Binder<>();
    private final Paragraph formError = new Paragraph();
    private final ProblemFields problems = new ProblemFields(this, formError);
    private final Anchor back = new Anchor();

    NewCandidateFileView(CandidateFiles files, CurrentTenant currentTenant) {
        this.files = files;
        this.currentTenant = currentTenant;
        addClassName("werkbrug-page");
        setId("new-candidate-file");
        formError.setId("form-error");
        formError.addClassName("werkbrug-form-error");
        formError.getElement().setAttribute("role", "alert");
        Button open = new Button(getTranslation("candidatefile.new.open"), click -> open());
        open.setId("open-file");
        open.addThemeVariants(ButtonVariant.PRIMARY);
        back.setText(getTranslation("candidatefile.back"));
        back.setId("back-to-caseload");
        add(new H1(getTranslation("candidatefile.new.title")), new Paragraph(getTranslation("candidatefile.new.intro")),
                new FileIdentitySection(binder, problems, true), new FileIdentitySection.Contact(binder, problems),
                formError, open, new Paragraph(back));
        binder.readBean(new CandidateIdentityForm());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        back.setHref("gemeente/" + currentTenant.require() + "/werkvoorraad");
    }

    private void open() {
        CandidateIdentityForm typed = new CandidateIdentityForm();
        binder.writeBeanAsDraft(typed, true);
        try {
            CandidateFileDetail opened = files.open(typed.fileNumber, typed.identity());
            Notification.show(getTranslation("candidatefile.new.opened", opened.fileNumber()));
            getUI().ifPresent(ui -> ui.navigate("gemeente/" + currentTenant.require() + "/dossiers/" + opened.id()));
        } catch (InvalidInputException invalid) {
            problems.show(invalid.problems(), "form.check-fields");
            problems.focusFirst();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("candidatefile.new.title") + " - " + getTranslation("app.name");
    }
}
