package nl.werkbrug.casework.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import nl.werkbrug.candidates.CandidateFileDetail;
import nl.werkbrug.candidates.CandidateFileDetail.DeploymentLine;
import nl.werkbrug.candidates.Diagnosis;
import nl.werkbrug.candidates.FileEntry;
import nl.werkbrug.candidates.IntakeOutcome;
import nl.werkbrug.catalogue.Applicability;
import nl.werkbrug.catalogue.ui.ApplicabilityBox;
import nl.werkbrug.platform.Formats;
import org.jspecify.annotations.Nullable;

/**
 * The trajectory: instruments of the municipality's catalogue deployed for the candidate, with the catalogue's
 * verdict on each (and why one does not apply), and the intake with its diagnoses and outcome.
 */
final class FileTrajectorySection extends FilePart {

    FileTrajectorySection(FileContext context) {
        super(context, "file-trajectory", "candidatefile.trajectory");
        CandidateFileDetail file = context.file();
        Formats formats = Formats.of(getLocale());
        add(new Paragraph(getTranslation("candidatefile.trajectory.status", label(file.trajectory()))),
                lines("deployments", file.deployments().stream().map(line -> line(getTranslation(
                        "candidatefile.deployment.line", line.instrumentName(), period(line.start(), line.endedOn()),
                        date(line.plannedEnd()), line.provider(), formats.money(line.cost()), line.outcome()))).toList(),
                        "candidatefile.deployment.none"));
        // The catalogue is judged for the candidate only when the consultant opens the form.
        whenOpen(PlanForm.NAME, () -> new PlanForm(context, context.files().instruments(file)));
        if (file.deployments().stream().anyMatch(DeploymentLine::running)) {
            whenOpen(EndForm.NAME, () -> new EndForm(context));
        }
        add(new Paragraph(getTranslation("candidatefile.intake")), lines("intakes", file.intakes().stream()
                .map(line -> line(getTranslation("candidatefile.intake.line", date(line.heldOn()), label(line.outcome()),
                        String.join(", ", line.diagnoses().stream().sorted().map(this::label).toList()), line.note())))
                .toList(), "candidatefile.intake.none"));
        whenOpen(IntakeForm.NAME, () -> new IntakeForm(context));
    }

    static final class PlanTyped {
        @Nullable Applicability instrument;
        String provider = "";
        @Nullable LocalDate start;
        @Nullable LocalDate plannedEnd;
        @Nullable BigDecimal cost;
    }

    /** Planning an instrument: each one of the catalogue with whether it applies, and the reasons for the chosen one. */
    static final class PlanForm extends FileEntryForm<PlanTyped> {

        static final OnDemandForm.Name NAME = new OnDemandForm.Name("plan-form", "candidatefile.deployment.plan");

        private final ApplicabilityBox verdict = new ApplicabilityBox("candidatefile.applicability", "instrument-verdict");

        PlanForm(FileContext context, List<Applicability> instruments) {
            super(context, Parts.create(), NAME, PlanTyped::new, "candidatefile.deployment.saved");
            Select<Applicability> instrument = select("instrument", "candidatefile.deployment.instrument",
                    "instrumentCode", typed -> typed.instrument, (typed, value) -> typed.instrument = value);
            instrument.setItems(instruments);
            instrument.setItemLabelGenerator(this::verdictLine);
            instrument.setHelperText(getTranslation("candidatefile.deployment.instrument.help"));
            instrument.addValueChangeListener(change -> {
                if (change.getValue() == null) {
                    verdict.clear();
                } else {
                    verdict.show(change.getValue());
                }
            });
            add(verdict);
            text("provider", "candidatefile.deployment.provider", "provider", typed -> typed.provider,
                    (typed, value) -> typed.provider = value);
            date("deployment-start", "candidatefile.deployment.start", "start", typed -> typed.start,
                    (typed, value) -> typed.start = value);
            date("planned-end", "candidatefile.deployment.planned-end", "plannedEnd", typed -> typed.plannedEnd,
                    (typed, value) -> typed.plannedEnd = value);
            labelled(new BigDecimalField(), "cost", "candidatefile.deployment.cost", "cost", typed -> typed.cost,
                    (typed, value) -> typed.cost = value);
            finish("candidatefile.deployment.save");
        }

        /** The instrument's name and the verdict, e.g. "Nieuw beschut werk – niet van toepassing: ...". */
        private String verdictLine(Applicability applicability) {
            String outcome = getTranslation("candidatefile.applicability.short."
                    + applicability.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            String reasons = String.join(" ", applicability.reasons().stream()
                    .map(reason -> getTranslation(reason.key(), reason.arguments().toArray())).toList());
            return reasons.isEmpty() ? getTranslation("candidatefile.applicability.item", applicability.name(), outcome)
                    : getTranslation("candidatefile.applicability.item-why", applicability.name(), outcome, reasons);
        }

        @Override
        protected CandidateFileDetail save(PlanTyped typed) {
            return context.files().planDeployment(context.id(), new FileEntry.DeploymentPlan(
                    typed.instrument == null ? "" : typed.instrument.code(), typed.provider, typed.start,
                    typed.plannedEnd, typed.cost));
        }
    }

    static final class EndTyped {
        @Nullable DeploymentLine deployment;
        @Nullable LocalDate endedOn;
        String outcome = "";
    }

    static final class EndForm extends FileEntryForm<EndTyped> {

        static final OnDemandForm.Name NAME = new OnDemandForm.Name("end-deployment-form", "candidatefile.deployment.end");

        EndForm(FileContext context) {
            super(context, Parts.create(), NAME, EndTyped::new, "candidatefile.deployment.ended");
            Select<DeploymentLine> deployment = select("end-deployment",
                    "candidatefile.deployment.instrument", "deployment", typed -> typed.deployment,
                    (typed, value) -> typed.deployment = value);
            deployment.setItems(context.file().deployments().stream().filter(DeploymentLine::running).toList());
            deployment.setItemLabelGenerator(DeploymentLine::instrumentName);
            date("ended-on", "candidatefile.deployment.ended-on", "endedOn", typed -> typed.endedOn,
                    (typed, value) -> typed.endedOn = value);
            area("deployment-outcome", "candidatefile.deployment.outcome", "outcome", typed -> typed.outcome,
                    (typed, value) -> typed.outcome = value);
            finish("candidatefile.deployment.end.save");
        }

        @Override
        protected CandidateFileDetail save(EndTyped typed) {
            if (typed.deployment == null) {
                throw nl.werkbrug.shared.InvalidInputException.of("deployment", "form.error.required");
            }
            return context.files().endDeployment(context.id(), typed.deployment.id(),
                    new FileEntry.DeploymentEnd(typed.endedOn, typed.outcome));
        }
    }

    static final class IntakeTyped {
        @Nullable LocalDate heldOn;
        Set<Diagnosis> diagnoses = EnumSet.noneOf(Diagnosis.class);
        @Nullable IntakeOutcome outcome;
        String note = "";
    }

    static final class IntakeForm extends FileEntryForm<IntakeTyped> {

        static final OnDemandForm.Name NAME = new OnDemandForm.Name("intake-form", "candidatefile.intake.record");

        IntakeForm(FileContext context) {
            super(context, Parts.create(), NAME, IntakeTyped::new, "candidatefile.intake.saved");
            date("intake-held-on", "candidatefile.intake.held-on", "heldOn", typed -> typed.heldOn,
                    (typed, value) -> typed.heldOn = value);
            choice("intake-outcome", "candidatefile.intake.outcome", "outcome", IntakeOutcome.values(),
                    typed -> typed.outcome, (typed, value) -> typed.outcome = value);
            choices("diagnoses", "candidatefile.intake.diagnoses", "diagnoses", Diagnosis.values(),
                    typed -> typed.diagnoses, (typed, value) -> typed.diagnoses = value);
            area("intake-note", "candidatefile.note", "note", typed -> typed.note, (typed, value) -> typed.note = value);
            finish("candidatefile.intake.save");
        }

        @Override
        protected CandidateFileDetail save(IntakeTyped typed) {
            return context.files().recordIntake(context.id(),
                    new FileEntry.IntakeEntry(typed.heldOn, typed.diagnoses, typed.outcome, typed.note));
        }
    }
}
