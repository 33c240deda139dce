package nl.werkbrug.casework.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import nl.werkbrug.pool.ConsentBasis;
import nl.werkbrug.pool.Introduction;
import nl.werkbrug.pool.IntroductionState;
import nl.werkbrug.pool.Introductions;
import nl.werkbrug.pool.RequesterConsent;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.shared.ui.FormSection;
import nl.werkbrug.shared.ui.ProblemFields;
import org.jspecify.annotations.Nullable;

/**
 * The answer to one introduction request: the candidate's consent for that requester (purpose, prefilled with the
 * vacancy or message, and how it was given), or a decline with an optional note; for a request answered with consent,
 * the candidate taking it back (why, and how the candidate said so). The rules are the pool's; problems show at
 * their fields.
 */
final class IntroductionAnswerForm extends FormSection<IntroductionAnswerForm.Typed> {

    static final class Typed {
        String purpose = "";
        @Nullable ConsentBasis basis;
        String note = "";
    }

    private final Binder<Typed> binder;
    private final ProblemFields problems;
    private final Typed typed = new Typed();

    private IntroductionAnswerForm(Binder<Typed> binder, Paragraph message, Introduction introduction,
                                   Introductions introductions, Consumer<String> answered) {
        this(binder, new ProblemFields(message, message), message, introduction, introductions, answered);
    }

    private IntroductionAnswerForm(Binder<Typed> binder, ProblemFields problems, Paragraph message,
                                   Introduction introduction, Introductions introductions, Consumer<String> answered) {
        super(binder, problems, introduction.state() == IntroductionState.TOESTEMMING ? "introductions.takeback"
                : "introductions.answer");
        this.binder = binder;
        this.problems = problems;
        getContent().setId("answer-form");
        add(new Paragraph(getTranslation("introductions.answer.about", introduction.pseudonym(),
                introduction.requesterName())));
        boolean takeBack = introduction.state() == IntroductionState.TOESTEMMING;
        labelled(new TextField(), "answer-purpose", takeBack ? "introductions.takeback.reason"
                : "introductions.answer.purpose", "purpose", t -> t.purpose, (t, value) -> t.purpose = value);
        Select<ConsentBasis> basis = new Select<>();
        basis.setItems(ConsentBasis.values());
        basis.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        labelled(basis, "answer-basis", takeBack ? "introductions.takeback.basis" : "introductions.answer.basis",
                "basis", t -> t.basis, (t, value) -> t.basis = value);
        HorizontalLayout buttons = new HorizontalLayout();
        if (takeBack) {
            Button withdraw = new Button(getTranslation("introductions.takeback.button"), click -> act(() -> {
                introductions.withdrawConsent(introduction.id(), new RequesterConsent(typed.purpose, typed.basis));
                answered.accept("introductions.takeback.done");
            }));
            withdraw.setId("answer-take-back");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(withdraw);
        } else {
            labelled(new TextField(), "answer-note", "introductions.answer.note", "note", t -> t.note,
                    (t, value) -> t.note = value);
            typed.purpose = introduction.purpose();
            Button consent = new Button(getTranslation("introductions.answer.consent"), click -> act(() -> {
                introductions.consent(introduction.id(), new RequesterConsent(typed.purpose, typed.basis));
                answered.accept("introductions.answer.consented");
            }));
            consent.setId("answer-consent");
            consent.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button decline = new Button(getTranslation("introductions.answer.decline"), click -> act(() -> {
                introductions.decline(introduction.id(), typed.note);
                answered.accept("introductions.answer.declined");
            }));
            decline.setId("answer-decline");
            buttons.add(consent, decline);
        }
        binder.readBean(typed);
        message.setId("answer-message");
        message.getElement().setAttribute("role", "alert");
        add(buttons);
        add(message);
        getContent().setColspan(buttons, 2);
    }

    /** The answer to an open request, or (for one answered with consent) the candidate taking the consent back. */
    static IntroductionAnswerForm of(Introduction introduction, Introductions introductions,
                                     Consumer<String> answered) {
        return new IntroductionAnswerForm(new Binder<>(), new Paragraph(), introduction, introductions, answered);
    }

    private void act(Runnable work) {
        binder.writeBeanIfValid(typed);
        try {
            work.run();
        } catch (InvalidInputException invalid) {
            problems.show(invalid.problems(), "introductions.answer.invalid");
            problems.focusFirst();
        }
    }
}
