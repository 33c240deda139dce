package nl.werkbrug.casework.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import nl.werkbrug.candidates.CandidateFileDetail;
import nl.werkbrug.candidates.CandidateFileDetail.AgreementLine;
import nl.werkbrug.candidates.ContactKind;
import nl.werkbrug.candidates.FileEntry;
import org.jspecify.annotations.Nullable;

/** The contact journal (newest first) and the agreements made with the candidate, each with its due date. */
final class FileJournalSection extends FilePart {

    FileJournalSection(FileContext context) {
        super(context, "file-journal", "candidatefile.journal");
        CandidateFileDetail file = context.file();
        add(lines("contacts", file.contacts().stream().map(contact -> line(getTranslation("candidatefile.contact.line",
                date(contact.heldOn()), label(contact.kind()), contact.recordedBy(), contact.note()))).toList(),
                "candidatefile.contact.none"));
        whenOpen(ContactForm.NAME, () -> new ContactForm(context));
        add(new Paragraph(getTranslation("candidatefile.agreements")), lines("agreements",
                file.agreements().stream().map(this::agreement).toList(), "candidatefile.agreement.none"));
        whenOpen(AgreementForm.NAME, () -> new AgreementForm(context));
    }

    private ListItem agreement(AgreementLine agreement) {
        ListItem item = line(agreement.doneOn() == null
                ? getTranslation("candidatefile.agreement.line", agreement.description(), date(agreement.dueOn()))
                : getTranslation("candidatefile.agreement.done-line", agreement.description(), date(agreement.dueOn()),
                date(agreement.doneOn())));
        if (agreement.doneOn() == null && context.file().open()) {
            Button done = new Button(getTranslation("candidatefile.agreement.complete"), click -> act(() ->
                    context.then("candidatefile.agreement.completed").accept(
                            context.files().completeAgreement(context.id(), agreement.id()))));
            done.setId("complete-agreement-" + agreement.id());
            done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            done.setAriaLabel(getTranslation("candidatefile.agreement.complete-aria", agreement.description()));
            item.add(new com.vaadin.flow.component.Text(" "), done);
        }
        return item;
    }

    static final class ContactTyped {
        @Nullable ContactKind kind;
        @Nullable LocalDate heldOn;
        String note = "";
    }

    static final class ContactForm extends FileEntryForm<ContactTyped> {

        static final OnDemandForm.Name NAME = new OnDemandForm.Name("contact-form", "candidatefile.contact.record");

        ContactForm(FileContext context) {
            super(context, Parts.create(), NAME, ContactTyped::new, "candidatefile.contact.saved");
            choice("contact-kind", "candidatefile.contact.kind", "kind", ContactKind.values(), typed -> typed.kind,
                    (typed, value) -> typed.kind = value);
            date("contact-held-on", "candidatefile.contact.held-on", "heldOn", typed -> typed.heldOn,
                    (typed, value) -> typed.heldOn = value);
            area("contact-note", "candidatefile.note", "note", typed -> typed.note, (typed, value) -> typed.note = value);
            finish("candidatefile.contact.save");
        }

        @Override
        protected CandidateFileDetail save(ContactTyped typed) {
            return context.files().recordContact(context.id(),
                    new FileEntry.ContactEntry(typed.kind, typed.heldOn, typed.note));
        }
    }

    static final class AgreementTyped {
        String description = "";
        @Nullable LocalDate dueOn;
    }

    static final class AgreementForm extends FileEntryForm<AgreementTyped> {

        static final OnDemandForm.Name NAME = new OnDemandForm.Name("agreement-form", "candidatefile.agreement.record");

        AgreementForm(FileContext context) {
            super(context, Parts.create(), NAME, AgreementTyped::new, "candidatefile.agreement.saved");
            text("agreement-description", "candidatefile.agreement.description", "description",
                    typed -> typed.description, (typed, value) -> typed.description = value);
            date("agreement-due", "candidatefile.agreement.due-on", "dueOn", typed -> typed.dueOn,
                    (typed, value) -> typed.dueOn = value);
            finish("candidatefile.agreement.save");
        }

        @Override
        protected CandidateFileDetail save(AgreementTyped typed) {
            return context.files().addAgreement(context.id(), new FileEntry.AgreementEntry(typed.description, typed.dueOn));
        }
    }
}
