package nl.werkbrug.casework.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.html.Paragraph;
import nl.werkbrug.candidates.CandidateFileDetail;
import nl.werkbrug.candidates.FileEntry;
import nl.werkbrug.candidates.WorkObligation;
import org.jspecify.annotations.Nullable;

/**
 * The participatieladder: the current rung and every assessment (never overwritten), and the work obligation's
 * history, each with its form.
 */
final class FileLadderSection extends FilePart {

    FileLadderSection(FileContext context) {
        super(context, "file-ladder", "candidatefile.ladder");
        CandidateFileDetail file = context.file();
        Paragraph current = new Paragraph(getTranslation("candidatefile.ladder.current", getTranslation(
                "candidates.rung." + (file.ladderRung() == null ? 0 : file.ladderRung()))));
        current.setId("current-rung");
        add(current, lines("ladder-history", file.ladder().reversed().stream().map(step -> line(getTranslation(
                "candidatefile.ladder.line", date(step.assessedOn()), getTranslation("candidates.rung." + step.rung()),
                step.assessor(), step.note()))).toList(), "candidatefile.ladder.none"));
        whenOpen(RungForm.NAME, () -> new RungForm(context));
        add(new Paragraph(getTranslation("candidatefile.obligation")), lines("obligations", file.obligations()
                .reversed().stream().map(line -> line(getTranslation("candidatefile.obligation.line", label(line.kind()),
                        period(line.from(), line.until()), line.reason()))).toList(), "candidatefile.obligation.none"));
        whenOpen(ObligationForm.NAME, () -> new ObligationForm(context));
    }

    /** A rung is typed as a number, so that a 7 reaches the domain's rule and is answered at the field. */
    static final class RungTyped {
        @Nullable Integer rung;
        @Nullable LocalDate assessedOn;
        String note = "";
    }

    static final class RungForm extends FileEntryForm<RungTyped> {

        static final OnDemandForm.Name NAME = new OnDemandForm.Name("rung-form", "candidatefile.ladder.record");

        RungForm(FileContext context) {
            super(context, Parts.create(), NAME, RungTyped::new, "candidatefile.ladder.saved");
            integer("rung", "candidatefile.ladder.rung", "rung", typed -> typed.rung, (typed, value) -> typed.rung = value)
                    .setHelperText(getTranslation("candidatefile.ladder.rung.help"));
            date("assessed-on", "candidatefile.ladder.assessed-on", "assessedOn", typed -> typed.assessedOn,
                    (typed, value) -> typed.assessedOn = value);
            area("rung-note", "candidatefile.note", "note", typed -> typed.note, (typed, value) -> typed.note = value);
            finish("candidatefile.ladder.save");
        }

        @Override
        protected CandidateFileDetail save(RungTyped typed) {
            return context.files().recordRung(context.id(),
                    new FileEntry.LadderAssessment(typed.rung, typed.assessedOn, typed.note));
        }
    }

    static final class ObligationTyped {
        @Nullable WorkObligation kind;
        String reason = "";
        @Nullable LocalDate from;
        @Nullable LocalDate until;
    }

    static final class ObligationForm extends FileEntryForm<ObligationTyped> {

        static final OnDemandForm.Name NAME = new OnDemandForm.Name("obligation-form", "candidatefile.obligation.record");

        ObligationForm(FileContext context) {
            super(context, Parts.create(), NAME, ObligationTyped::new, "candidatefile.obligation.saved");
            choice("obligation-kind", "candidatefile.obligation.kind", "kind", WorkObligation.values(),
                    typed -> typed.kind, (typed, value) -> typed.kind = value);
            date("obligation-from", "candidatefile.from", "from", typed -> typed.from, (typed, value) -> typed.from = value);
            date("obligation-until", "candidatefile.until", "until", typed -> typed.until,
                    (typed, value) -> typed.until = value);
            area("obligation-reason", "candidatefile.obligation.reason", "reason", typed -> typed.reason,
                    (typed, value) -> typed.reason = value);
            finish("candidatefile.obligation.save");
        }

        @Override
        protected CandidateFileDetail save(ObligationTyped typed) {
            return context.files().recordObligation(context.id(),
                    new FileEntry.ObligationEntry(typed.kind, typed.reason, typed.from, typed.until));
        }
    }
}
