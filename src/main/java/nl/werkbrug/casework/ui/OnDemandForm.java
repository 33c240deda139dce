package nl.werkbrug.casework.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;

/**
 * A form of an open file behind its heading, built when the consultant opens it: showing a file builds none of its
 * forms and their fields, only what the file holds (the load test found the forms built up front the largest cost of
 * opening a file). A form the consultant had open is open again when the file is shown again after a save, empty.
 * The details' id is the form's id with {@code -details}.
 */
final class OnDemandForm extends Composite<Details> {

    /** A form's element id (its save button is {@code <id>-save}) and the translation key of its heading. */
    record Name(String id, String headingKey) {
    }

    private boolean built;

    OnDemandForm(Name name, FileContext.OpenForms open, Supplier<? extends Component> form) {
        Details details = getContent();
        details.setId(name.id() + "-details");
        details.setSummaryText(getTranslation(name.headingKey()));
        details.addOpenedChangeListener(change -> {
            if (change.isOpened()) {
                if (!built) {
                    built = true;
                    details.add(form.get());
                }
                open.opened(name.id());
            } else {
                open.closed(name.id());
            }
        });
        if (open.isOpen(name.id())) {
            details.setOpened(true);
        }
    }
}
