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
        picker.getElement().executeJs(OPEN_CALENDAR_ARIA);
        return picker;
    }

    /**
     * Vaadin 25.2's open calendar fails axe (WCAG 4.1.2 and 1.3.1): the input says {@code role="combobox"
     * aria-expanded="true"} without {@code aria-controls}, and each month's weekday row ({@code role="row"}) has
     * header cells hidden from assistive technology, so the row has no cells. Until Vaadin fixes it (ADR 0021), each
     * time the calendar opens the input points at the calendar and the weekday rows leave the accessibility tree;
     * the dates keep their full labels ("maandag 7 december 2026"), so nothing is lost.
     */
    private static final String OPEN_CALENDAR_ARIA = """
            const picker = this;
            const patch = () => {
              const input = picker.inputElement || picker.querySelector('input');
              const content = picker.querySelector('vaadin-date-picker-overlay-content')
                  || document.querySelector('vaadin-date-picker-overlay-content');
              if (picker.opened && input && content) {
                if (!content.id) { content.id = (input.id || 'date-picker') + '-calendar'; }
                input.setAttribute('aria-controls', content.id);
              }
              document.querySelectorAll('vaadin-month-calendar').forEach(month => {
                const row = month.shadowRoot && month.shadowRoot.querySelector('tr[part~="weekdays"]');
                if (row) { row.setAttribute('aria-hidden', 'true'); }
              });
            };
            picker.addEventListener('opened-changed', () => [0, 50, 250, 1000].forEach(delay => setTimeout(patch, delay)));
            """;
}
