package nl.werkbrug.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import org.jspecify.annotations.Nullable;

/** A fact in a view's {@link DescriptionList}: a translated term and its value. */
public final class Facts {

    private Facts() {
    }

    /** Adds the term {@code key} (translated by {@code owner}) with {@code value}; returns the value, for an id. */
    public static DescriptionList.Description term(Component owner, DescriptionList list, String key, String value) {
        return term(owner, list, key, value, null);
    }

    /** As {@link #term(Component, DescriptionList, String, String)}, with the value's element id. */
    public static DescriptionList.Description term(Component owner, DescriptionList list, String key, String value,
                                                   @Nullable String id) {
        DescriptionList.Description description = new DescriptionList.Description(value);
        if (id != null) {
            description.setId(id);
        }
        list.add(new DescriptionList.Term(owner.getTranslation(key)), description);
        return description;
    }
}
