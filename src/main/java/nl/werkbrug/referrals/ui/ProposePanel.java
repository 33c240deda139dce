package nl.werkbrug.referrals.ui;

import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import nl.werkbrug.employer.VacancyDetail;
import nl.werkbrug.referrals.Referral;
import nl.werkbrug.referrals.Referrals;
import nl.werkbrug.referrals.VoordrachtState;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.shared.ui.FormSection;
import nl.werkbrug.shared.ui.ProblemFields;
import org.jspecify.annotations.Nullable;

/**
 * Proposes the profile for one of the region's published vacancies (sorted by title), with an optional motivation
 * for the employer. The domain's problems show at the field; the outcome says whether the owner must agree first.
 */
final class ProposePanel extends FormSection<ProposePanel.Typed> {

    static final class Typed {
        @Nullable VacancyDetail vacancy;
        String motivation = "";
    }

    private final Typed typed = new Typed();

    ProposePanel(Referrals referrals, UUID profileId, String ownerName) {
        this(referrals, profileId, ownerName, new Binder<>(), new Paragraph());
    }

    private ProposePanel(Referrals referrals, UUID profileId, String ownerName, Binder<Typed> binder,
                         Paragraph status) {
        this(referrals, profileId, ownerName, binder, new ProblemFields(status, status), status);
    }

    private ProposePanel(Referrals referrals, UUID profileId, String ownerName, Binder<Typed> binder,
                         ProblemFields problems, Paragraph status) {
        super(binder, problems, "referral.propose.heading");
        getContent().setId("referral-propose");
        Select<VacancyDetail> vacancy = new Select<>();
        vacancy.setItems(referrals.openVacancies());
        vacancy.setItemLabelGenerator(choice -> choice == null ? ""
                : getTranslation("referral.propose.vacancy-option", choice.title(), choice.employerName(), choice.place()));
        labelled(vacancy, "referral-vacancy", "referral.propose.vacancy", "vacancy", t -> t.vacancy,
                (t, value) -> t.vacancy = value);
        TextArea motivation = labelled(new TextArea(), "referral-motivation", "referral.propose.motivation",
                "motivation", t -> t.motivation, (t, value) -> t.motivation = value);
        motivation.setMaxLength(1000);
        binder.readBean(typed);
        status.setId("referral-propose-status");
        status.getElement().setAttribute("role", "status");
        Button propose = new Button(getTranslation("referral.propose.action"), click -> {
            binder.writeBeanIfValid(typed);
            try {
                Referral made = referrals.propose(profileId, typed.vacancy == null ? null : typed.vacancy.id(),
                        typed.motivation);
                problems.show(java.util.List.of(), "referral.invalid");
                status.setText(made.state() == VoordrachtState.WACHT_OP_AKKOORD
                        ? getTranslation("referral.propose.awaiting-owner", ownerName, made.vacancyTitle())
                        : getTranslation("referral.propose.sent", made.vacancyTitle(), made.employerName()));
            } catch (InvalidInputException invalid) {
                problems.show(invalid.problems(), "referral.invalid");
                problems.focusFirst();
            }
        });
        propose.setId("referral-propose-action");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(propose);
        add(status);
    }
}
