package nl.werkbrug.pool;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * An action another module offers on a pool profile's page for a municipality's consultant (e.g. "Voordragen" of the
 * referrals module), so the pool need not know that module. Implemented by a Spring bean; the page asks each one.
 */
public interface PoolProfileAction {

    /** The action's component for this profile, or empty when it does not apply. */
    Optional<Component> forConsultant(PoolProfile profile);
}
