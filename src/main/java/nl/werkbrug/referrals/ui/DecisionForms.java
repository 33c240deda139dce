package nl.werkbrug.referrals.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import nl.werkbrug.employer.ContractType;
import nl.werkbrug.referrals.AfwijzingsReden;
import nl.werkbrug.referrals.Plaatsing;
import nl.werkbrug.referrals.Referrals;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.shared.ui.DutchDatePicker;
import nl.werkbrug.shared.ui.FormSection;
import nl.werkbrug.shared.ui.ProblemFields;
import org.jspecify.annotations.Nullable;

/** The employer's two answers to a proposal with fields: hire (the placement) and reject (a reason). */
final class DecisionForms {

    private DecisionForms() {
    }

    static final class HireTyped {
        @Nullable LocalDate start;
        @Nullable BigDecimal hours;
        @Nullable ContractType contract;
    }

    static final class RejectTyped {
        @Nullable AfwijzingsReden reason;
        String note = "";
    }

    /** Hire: first working day, hours per week, kind of contract. */
    static final class HireForm extends FormSection<HireTyped> {

        HireForm(Referrals referrals, UUID id, Consumer<String> done) {
            this(referrals, id, done, new Binder<>(), new Paragraph());
        }

        private HireForm(Referrals referrals, UUID id, Consumer<String> done, Binder<HireTyped> binder,
                         Paragraph message) {
            this(referrals, id, done, binder, new ProblemFields(message, message), message);
        }

        private HireForm(Referrals referrals, UUID id, Consumer<String> done, Binder<HireTyped> binder,
                         ProblemFields problems, Paragraph message) {
            super(binder, problems, "referral.hire.heading");
            getContent().setId("referral-hire");
            DatePicker start = DutchDatePicker.create(this, "hire-start", "referral.hire.start");
            bind(start, "start", t -> t.start, (t, value) -> t.start = value);
            labelled(new BigDecimalField(), "hire-hours", "referral.hire.hours", "hoursPerWeek", t -> t.hours,
                    (t, value) -> t.hours = value);
            Select<ContractType> contract = new Select<>();
            contract.setItems(ContractType.values());
            contract.setItemLabelGenerator(type -> type == null ? "" : getTranslation("vacancy.contract-type." + type.name()));
            labelled(contract, "hire-contract", "referral.hire.contract", "contractType", t -> t.contract,
                    (t, value) -> t.contract = value);
            HireTyped typed = new HireTyped();
            binder.readBean(typed);
            message.setId("hire-message");
            Button hire = new Button(getTranslation("referral.hire.action"), click -> {
                binder.writeBeanIfValid(typed);
                submit(problems, () -> referrals.hire(id, new Plaatsing(typed.start, typed.hours, typed.contract)),
                        done, "referral.hired");
            });
            hire.setId("hire-action");
            hire.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(hire);
            add(message);
        }
    }

    /** Reject: a reason from the list, and a note if the employer wants. */
    static final class RejectForm extends FormSection<RejectTyped> {

        RejectForm(Referrals referrals, UUID id, Consumer<String> done) {
            this(referrals, id, done, new Binder<>(), new Paragraph());
        }

        private RejectForm(Referrals referrals, UUID id, Consumer<String> done, Binder<RejectTyped> binder,
                           Paragraph message) {
            this(referrals, id, done, binder, new ProblemFields(message, message), message);
        }

        private RejectForm(Referrals referrals, UUID id, Consumer<String> done, Binder<RejectTyped> binder,
                           ProblemFields problems, Paragraph message) {
            super(binder, problems, "referral.reject.heading");
            getContent().setId("referral-reject");
            Select<AfwijzingsReden> reason = new Select<>();
            reason.setItems(AfwijzingsReden.values());
            reason.setItemLabelGenerator(value -> value == null ? "" : getTranslation(value.labelKey()));
            labelled(reason, "reject-reason", "referral.reject.reason", "reason", t -> t.reason,
                    (t, value) -> t.reason = value);
            labelled(new TextArea(), "reject-note", "referral.reject.note", "note", t -> t.note,
                    (t, value) -> t.note = value);
            RejectTyped typed = new RejectTyped();
            binder.readBean(typed);
            message.setId("reject-message");
            Button reject = new Button(getTranslation("referral.reject.action"), click -> {
                binder.writeBeanIfValid(typed);
                submit(problems, () -> referrals.reject(id, typed.reason, typed.note), done, "referral.rejected");
            });
            reject.setId("reject-action");
            add(reject);
            add(message);
        }
    }

    private static void submit(ProblemFields problems, Runnable action, Consumer<String> done, String doneKey) {
        try {
            action.run();
            problems.show(List.of(), "referral.invalid");
            done.accept(doneKey);
        } catch (InvalidInputException invalid) {
            problems.show(invalid.problems(), "referral.invalid");
            problems.focusFirst();
        }
    }
}
