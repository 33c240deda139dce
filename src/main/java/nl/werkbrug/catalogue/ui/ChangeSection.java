package nl.werkbrug.catalogue.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import nl.werkbrug.shared.ui.DutchDatePicker;
import com.vaadin.flow.component.textfield.TextArea;

/** When the instrument is offered, and from when and why this change applies. */
final class ChangeSection extends InstrumentSection {

    final DatePicker validFrom;
    final DatePicker validTo;
    final DatePicker changeFrom;
    final TextArea changeNote;

    ChangeSection(Parts parts) {
        super(parts, "catalogue.admin.section.change");
        validFrom = field(DutchDatePicker.configure(this, new DatePicker()), "catalogue.admin.field.valid-from", null, "validFrom",
                form -> form.validFrom, (form, value) -> form.validFrom = value);
        validTo = field(DutchDatePicker.configure(this, new DatePicker()), "catalogue.admin.field.valid-to", "catalogue.admin.field.valid-to-help", "validTo",
                form -> form.validTo, (form, value) -> form.validTo = value);
        changeFrom = field(DutchDatePicker.configure(this, new DatePicker()), "catalogue.admin.field.change-from", "catalogue.admin.field.change-from-help",
                "changeFrom", form -> form.changeFrom, (form, value) -> form.changeFrom = value);
        changeNote = field(new TextArea(), "catalogue.admin.field.change-note", "catalogue.admin.field.change-note-help",
                "changeNote", form -> form.changeNote, (form, value) -> form.changeNote = value);
        changeNote.setRequiredIndicatorVisible(true);
    }
}
