package nl.werkbrug.shared.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * The one date-picker configuration of every form: month and day names in the reader's language, the week starting on
 * Monday, "Vandaag"/"Annuleren" and the Dutch date format (31-12-2026), with the format as helper text. The calendar
 * overlay's accessibility is patched once for all pickers in {@code styles/werkbrug-date-picker.js} (see ADR 0021).
 */
public final class DutchDatePicker {

    private DutchDatePicker() {
    }

    public static DatePicker create(Component host, String id, String labelKey) {
        DatePicker picker = configure(host, new DatePicker(host.getTranslation(labelKey)));
        picker.setId(id);
        return picker;
    }

    /** Gives {@code picker} the translated calendar and the Dutch date format. */
    public static DatePicker configure(Component host, DatePicker picker) {
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
