package nl.werkbrug.shell.ui;

import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.select.Select;

/** The language switch: Nederlands / English. Each language is named in itself. */
class LanguageSelect extends Select<Locale> {

    LanguageSelect(Locale current, Consumer<Locale> onChange) {
        setItems(Languages.SUPPORTED);
        setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale).substring(0, 1).toUpperCase(locale)
                + locale.getDisplayLanguage(locale).substring(1));
        setValue(Languages.supported(current.getLanguage()));
        setAriaLabel(getTranslation("shell.language"));
        setId("language-select");
        setWidth("9.5em");
        addClassName("werkbrug-language");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                onChange.accept(event.getValue());
            }
        });
    }
}
