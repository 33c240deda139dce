package nl.werkbrug.employer;

import com.vaadin.flow.component.Component;

/**
 * A section of the employer's home contributed by a module that builds on {@code employer} (for example the open
 * subsidy requests of {@code subsidies}). The home view places them after the company details, by {@link #order()};
 * {@code employer} knows none of those modules.
 */
public interface EmployerHomeSection {

    /** A new component for one view instance (Vaadin components are never shared between views). */
    Component create();

    default int order() {
        return 0;
    }
}
