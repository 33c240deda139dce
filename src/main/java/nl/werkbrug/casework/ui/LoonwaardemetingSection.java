package nl.werkbrug.casework.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.subsidies.Loonkostensubsidie;
import nl.werkbrug.subsidies.Loonwaardemeting;
import nl.werkbrug.subsidies.SubsidyDecisions;
import nl.werkbrug.subsidies.SubsidyRequestDetail;

/**
 * The loonwaardemeting of a loonkostensubsidie request (art. 10d Participatiewet): who measured, the method and the
 * day, recorded by the consultant; then the amounts per period, a period without a configured minimum wage shown as
 * missing. The employer's own estimate stays an indication.
 */
class LoonwaardemetingSection extends Composite<FormLayout> {

    LoonwaardemetingSection(SubsidyRequestDetail request, SubsidyDecisions decisions, Consumer<SubsidyRequestDetail> shown) {
        FormLayout form = getContent();
        Formats formats = Formats.of(getLocale());
        form.add(new H2(getTranslation("subsidy.lks.meting.title")), 2);
        decisions.missingMinimumWage().ifPresent(period -> {
            Paragraph warning = new Paragraph(getTranslation("subsidy.admin.wml-missing", period));
            warning.setId("wml-missing");
            warning.getElement().setAttribute("role", "alert");
            form.add(warning, 2);
        });
        Loonwaardemeting recorded = request.loonwaardemeting();
        if (recorded != null) {
            Paragraph meting = new Paragraph(getTranslation("subsidy.lks.meting.recorded", formats.number(recorded.loonwaardePercent()),
                    recorded.method(), recorded.measuredBy(), formats.date(recorded.measuredOn())));
            meting.setId("meting-recorded");
            form.add(meting, 2);
        }
        for (Loonkostensubsidie.PeriodAmount period : request.lksPeriods()) {
            form.add(new Paragraph(period.minimumWageMissing()
                    ? getTranslation("subsidy.lks.period.missing", formats.date(period.from()), formats.date(period.to()))
                    : getTranslation("subsidy.lks.period", formats.date(period.from()), formats.date(period.to()),
                    formats.money(period.calculation().total()), formats.number(period.loonwaardePercent()))), 2);
        }
        if (!request.status().isOpen()) {
            return;
        }
        TextField by = new TextField(getTranslation("subsidy.lks.meting.by"));
        by.setId("meting-by");
        by.setMaxLength(200);
        TextField method = new TextField(getTranslation("subsidy.lks.meting.method"));
        method.setId("meting-method");
        method.setMaxLength(100);
        DatePicker on = new DatePicker(getTranslation("subsidy.lks.meting.on"));
        on.setId("meting-on");
        on.setLocale(getLocale());
        BigDecimalField percent = new BigDecimalField(getTranslation("subsidy.lks.meting.percent"));
        percent.setId("meting-percent");
        Button save = new Button(getTranslation("subsidy.lks.meting.save"), click -> {
            try {
                shown.accept(decisions.recordLoonwaardemeting(request.id(), new Loonwaardemeting(by.getValue(),
                        method.getValue(), on.getValue(), percent.getValue())));
            } catch (InvalidInputException invalid) {
                FieldErrors.show(this, invalid, field -> switch (field) {
                    case "measuredBy" -> by;
                    case "method" -> method;
                    case "measuredOn" -> on;
                    default -> percent;
                });
            }
        });
        save.setId("meting-save");
        form.add(by, method, on, percent, save);
    }
}
