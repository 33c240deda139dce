package nl.werkbrug.catalogue.ui;

import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import nl.werkbrug.catalogue.LocalField;

/** How long the instrument lasts at most, and its capacity. */
final class DurationSection extends InstrumentSection {

    DurationSection(Parts parts) {
        super(parts, "catalogue.admin.section.duration");
        local(LocalField.MAX_DURATION,
                field(new IntegerField(), "catalogue.admin.field.duration-months", null, "maxDuration.months",
                        form -> form.durationMonths, (form, value) -> form.durationMonths = value),
                field(new IntegerField(), "catalogue.admin.field.duration-weeks", null, "maxDuration.weeks",
                        form -> form.durationWeeks, (form, value) -> form.durationWeeks = value),
                field(new TextField(), "catalogue.admin.field.duration-note", null, "maxDuration.note",
                        form -> form.durationNote, (form, value) -> form.durationNote = value));
        local(LocalField.CAPACITY, field(new TextField(), "catalogue.field.capacity", null, "capacity",
                form -> form.capacity, (form, value) -> form.capacity = value));
    }
}
