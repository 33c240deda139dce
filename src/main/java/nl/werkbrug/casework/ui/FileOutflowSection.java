package nl.werkbrug.casework.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import nl.werkbrug.candidates.CandidateFileDetail;
import nl.werkbrug.candidates.FileEntry;
import nl.werkbrug.candidates.OutflowReason;
import org.jspecify.annotations.Nullable;

/**
 * Outflow: the reason and the day the candidate left the caseload, which closes the file; six months later whether
 * it lasted.
 */
final class FileOutflowSection extends FilePart {

    FileOutflowSection(FileContext context) {
        super(context, "file-outflow", "candidatefile.outflow");
        CandidateFileDetail file = context.file();
        Paragraph state = new Paragraph(file.outflowReason() == null ? getTranslation("candidatefile.outflow.none")
                : getTranslation("candidatefile.outflow.line", label(file.outflowReason()), date(file.closedOn()),
                getTranslation(file.outflowLasted() == null ? "candidatefile.outflow.lasting-unknown"
                        : file.outflowLasted() ? "candidatefile.outflow.lasted" : "candidatefile.outflow.not-lasted")));
        state.setId("outflow");
        add(state);
        whenOpen(OutflowForm.NAME, () -> new OutflowForm(context));
        if (!file.open() && file.outflowReason() != null && file.outflowLasted() == null && file.anonymisedOn() == null) {
            headed(LastingForm.NAME, new LastingForm(context));
        }
    }

    static final class OutflowTyped {
        @Nullable OutflowReason reason;
        @Nullable LocalDate on;
    }

    static final class OutflowForm extends FileEntryForm<OutflowTyped> {

        static final OnDemandForm.Name NAME = new OnDemandForm.Name("outflow-form", "candidatefile.outflow.record");

        OutflowForm(FileContext context) {
            super(context, Parts.create(), NAME, OutflowTyped::new, "candidatefile.outflow.saved");
            choice("outflow-reason", "candidatefile.outflow.reason", "reason", OutflowReason.values(),
                    typed -> typed.reason, (typed, value) -> typed.reason = value);
            date("outflow-on", "candidatefile.outflow.on", "on", typed -> typed.on, (typed, value) -> typed.on = value)
                    .setHelperText(getTranslation("candidatefile.outflow.closes"));
            finish("candidatefile.outflow.save");
        }

        @Override
        protected CandidateFileDetail save(OutflowTyped typed) {
            return context.files().recordOutflow(context.id(), new FileEntry.OutflowEntry(typed.reason, typed.on));
        }
    }

    static final class LastingTyped {
        @Nullable Boolean lasted;
    }

    /** Whether the outflow lasted: asked of a closed file, six months after the outflow. */
    static final class LastingForm extends FileEntryForm<LastingTyped> {

        static final OnDemandForm.Name NAME = new OnDemandForm.Name("lasting-form", "candidatefile.outflow.lasting");

        LastingForm(FileContext context) {
            super(context, Parts.create(), NAME, LastingTyped::new, "candidatefile.outflow.lasting-saved");
            RadioButtonGroup<Boolean> lasted = labelled(new RadioButtonGroup<>(), "lasted",
                    "candidatefile.outflow.lasting.question", "lasted", typed -> typed.lasted,
                    (typed, value) -> typed.lasted = value);
            lasted.setItems(Boolean.TRUE, Boolean.FALSE);
            lasted.setItemLabelGenerator(value -> getTranslation(value ? "common.yes" : "common.no"));
            finish("candidatefile.outflow.lasting.save");
        }

        @Override
        protected CandidateFileDetail save(LastingTyped typed) {
            if (typed.lasted == null) {
                throw nl.werkbrug.shared.InvalidInputException.of("lasted", "form.error.required");
            }
            return context.files().recordLasting(context.id(), typed.lasted);
        }
    }
}
