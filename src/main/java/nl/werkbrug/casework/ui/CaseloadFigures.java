package nl.werkbrug.casework.ui;

import java.util.function.IntConsumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.werkbrug.candidates.CaseloadSummary;
import nl.werkbrug.platform.Formats;

/**
 * The figures above a consultant's caseload, in words: open files against the municipality's norm, files not seen
 * within its contact interval, and files per rung (a click narrows the list to that rung). What the municipality has
 * not set is said, not assumed.
 */
class CaseloadFigures extends Composite<Div> {

    private final Paragraph norm = new Paragraph();
    private final Paragraph notSeen = new Paragraph();
    private final Div rungs = new Div();
    private final IntConsumer onRung;

    CaseloadFigures(IntConsumer onRung) {
        this.onRung = onRung;
        norm.setId("caseload-norm");
        notSeen.setId("caseload-not-seen-count");
        rungs.setId("caseload-rungs");
        rungs.addClassName("caseload-rungs");
        Div content = getContent();
        content.setId("caseload-figures");
        content.addClassName("caseload-figures");
        content.add(norm, notSeen, rungs);
    }

    void show(CaseloadSummary summary, Formats formats) {
        String open = formats.number(summary.openFiles());
        if (summary.norm() == null) {
            norm.setText(getTranslation("caseload.figures.open-no-norm", open));
        } else {
            norm.setText(getTranslation(summary.overNorm() ? "caseload.figures.open-over-norm" : "caseload.figures.open",
                    open, formats.number(summary.norm())));
        }
        norm.setClassName("caseload-over-norm", summary.overNorm());
        if (summary.contactIntervalWeeks() == null) {
            notSeen.setText(getTranslation("caseload.figures.no-interval"));
        } else {
            notSeen.setText(getTranslation(summary.notSeen() == 1 ? "caseload.figures.not-seen.one"
                    : "caseload.figures.not-seen", formats.number(summary.notSeen()), summary.contactIntervalWeeks()));
        }
        notSeen.setClassName("caseload-over-norm", summary.notSeen() > 0);
        rungs.removeAll();
        rungs.add(new Span(getTranslation("caseload.figures.rungs")));
        for (int rung : new int[] {1, 2, 3, 4, 5, 6, 0}) {
            long files = summary.byRung().getOrDefault(rung, 0L);
            Button button = new Button(getTranslation("caseload.figures.rung", getTranslation("candidates.rung." + rung),
                    formats.number(files)), click -> onRung.accept(rung));
            button.setId("caseload-rung-" + rung);
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            rungs.add(button);
        }
    }
}
