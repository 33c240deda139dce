package nl.werkbrug.casework.ui;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.subsidies.CoachingPlan;
import nl.werkbrug.subsidies.SubsidyDecisions;
import nl.werkbrug.subsidies.SubsidyRequestDetail;

/**
 * The plan of a jobcoaching request (issue 12): the goals, the period in whole months and the hours per month as the
 * labour expert or the jobcoach organisation judged them, and the tariff per hour: the catalogue's where a source gives
 * one, otherwise entered here and marked as entered. A grant of jobcoaching rests on it; the letter states it.
 */
class CoachingPlanSection extends Composite<FormLayout> {

    CoachingPlanSection(SubsidyRequestDetail request, SubsidyDecisions decisions, Consumer<SubsidyRequestDetail> shown) {
        FormLayout form = getContent();
        Formats formats = Formats.of(getLocale());
        form.add(new H2(getTranslation("subsidy.coach.plan.title")), 2);
        CoachingPlan recorded = request.coachingPlan();
        if (recorded != null) {
            Paragraph plan = new Paragraph(getTranslation("subsidy.coach.plan.recorded", formats.date(recorded.from()),
                    formats.date(recorded.to()), formats.number(recorded.hoursPerMonth()), recorded.judgedBy(),
                    formats.money(recorded.tariff().perHour()), getTranslation(recorded.tariff().entered()
                            ? "subsidy.coach.plan.tariff.entered" : "subsidy.coach.plan.tariff.catalogue"),
                    formats.money(recorded.monthlyAmount()), formats.money(recorded.total())));
            plan.setId("coaching-plan-recorded");
            form.add(plan, 2);
        }
        if (!request.status().isOpen() || request.awaitingApproval()) {
            return;
        }
        TextArea goals = new TextArea(getTranslation("subsidy.coach.plan.goals"));
        goals.setId("coach-goals");
        goals.setMaxLength(2000);
        TextField judgedBy = new TextField(getTranslation("subsidy.coach.plan.judged-by"));
        judgedBy.setId("coach-judged-by");
        judgedBy.setMaxLength(200);
        judgedBy.setHelperText(getTranslation("subsidy.coach.plan.judged-by.help"));
        DatePicker from = new DatePicker(getTranslation("subsidy.coach.plan.from"), request.contractStart());
        from.setId("coach-from");
        from.setLocale(getLocale());
        DatePicker to = new DatePicker(getTranslation("subsidy.coach.plan.to"), request.contractEnd());
        to.setId("coach-to");
        to.setLocale(getLocale());
        BigDecimalField hours = new BigDecimalField(getTranslation("subsidy.coach.hours"));
        hours.setId("coach-plan-hours");
        hours.setValue(request.coachHoursPerMonth());
        BigDecimalField tariff = new BigDecimalField(getTranslation("subsidy.coach.plan.tariff"));
        tariff.setId("coach-tariff");
        Optional<BigDecimal> catalogueTariff = decisions.catalogueTariff(request.instrumentCode());
        catalogueTariff.ifPresentOrElse(value -> {
            tariff.setValue(value);
            tariff.setReadOnly(true);
            tariff.setHelperText(getTranslation("subsidy.coach.plan.tariff.catalogue"));
        }, () -> tariff.setHelperText(getTranslation("subsidy.coach.plan.tariff.help")));
        Button save = new Button(getTranslation("subsidy.coach.plan.save"), click -> {
            try {
                shown.accept(decisions.recordCoachingPlan(request.id(), goals.getValue(), judgedBy.getValue(),
                        from.getValue(), to.getValue(), hours.getValue(), tariff.getValue()));
            } catch (InvalidInputException invalid) {
                FieldErrors.show(this, invalid, field -> switch (field) {
                    case "goals" -> goals;
                    case "judgedBy" -> judgedBy;
                    case "from" -> from;
                    case "to" -> to;
                    case "hoursPerMonth" -> hours;
                    default -> tariff;
                });
            }
        });
        save.setId("coach-plan-save");
        form.add(goals, 2);
        form.add(judgedBy, from, to, hours, tariff, save);
    }
}
