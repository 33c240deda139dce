package nl.werkbrug.casework.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;
import nl.werkbrug.candidates.CandidateFileDetail;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.shared.ui.ProblemFields;

/**
 * Correcting who the candidate is and how to reach them, folded away under the identity. The BSN field starts empty:
 * left empty the file keeps its BSN (so it is not shown to be edited); a new one replaces it after the 11-proef.
 * {@link nl.werkbrug.candidates.CandidateIdentity} judges what is typed; problems show at their fields.
 */
final class FileIdentityEdit extends Composite<Div> {

    static final OnDemandForm.Name NAME = new OnDemandForm.Name("identity-edit", "candidatefile.identity.edit");

    private final Binder<CandidateIdentityForm> binder = new Binder<>();
    private final Paragraph formError = new Paragraph();
    private final ProblemFields problems = new ProblemFields(this, formError);

    FileIdentityEdit(FileContext context) {
        Div form = getContent();
        form.setId(NAME.id());
        formError.setId("identity-edit-error");
        formError.addClassName("werkbrug-form-error");
        formError.getElement().setAttribute("role", "alert");
        FileIdentitySection person = new FileIdentitySection(binder, problems, false);
        Button save = new Button(getTranslation("candidatefile.identity.save"), click -> save(context));
        save.setId("identity-save");
        form.add(person, new FileIdentitySection.Contact(binder, problems), formError, save);
        binder.readBean(typed(context.file()));
    }

    private void save(FileContext context) {
        CandidateIdentityForm typed = new CandidateIdentityForm();
        binder.writeBeanAsDraft(typed, true);
        try {
            context.then("candidatefile.identity.saved").accept(context.files().editIdentity(context.id(), typed.identity()));
        } catch (InvalidInputException invalid) {
            problems.show(invalid.problems(), "form.check-fields");
            problems.focusFirst();
        }
    }

    private static CandidateIdentityForm typed(CandidateFileDetail file) {
        CandidateIdentityForm form = new CandidateIdentityForm();
        form.givenName = file.givenName();
        form.familyName = file.familyName();
        form.birthDate = file.birthDate();
        form.street = file.street();
        form.houseNumber = file.houseNumber();
        form.postcode = file.postcode();
        form.city = file.city();
        form.phone = file.phone();
        form.email = file.email();
        form.benefit = file.benefit();
        form.benefitSince = file.benefitSince();
        return form;
    }
}
