package nl.werkbrug.shared.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;

/** Date pickers with translated month and day names and the Dutch date format (31-12-2026), for every module's views. */
public final class DutchDatePicker {

    private DutchDatePicker() {
    }

    public static DatePicker create(Component host, String id, String labelKey) {
        DatePicker picker = new DatePicker(host.getTranslation(labelKey));
        picker.setId(id);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(List.of(host.getTranslation("date.months").split(",")));
        i18n.setWeekdays(List.of(host.getTranslation("date.weekdays").split(",")));
        i18n.setWeekdaysShort(List.of(host.getTranslation("date.weekdays-short").split(",")));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(host.getTranslation("date.today"));
        i18n.setCancel(host.getTranslation("date.cancel"));
        i18n.setDateFormat(host.getTranslation("date.format"));
        picker.setI18n(i18n);
        picker.setHelperText(host.getTranslation("date.help"));
        return picker;
    }
}
