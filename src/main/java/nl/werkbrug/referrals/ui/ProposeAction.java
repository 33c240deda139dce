package nl.werkbrug.referrals.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import nl.werkbrug.pool.PoolProfile;
import nl.werkbrug.pool.PoolProfileAction;
import nl.werkbrug.referrals.Referrals;

/** "Voordragen" on a pool profile's page, for a municipality's consultant. */
@org.springframework.stereotype.Component
class ProposeAction implements PoolProfileAction {

    private final Referrals referrals;

    ProposeAction(Referrals referrals) {
        this.referrals = referrals;
    }

    @Override
    public Optional<Component> forConsultant(PoolProfile profile) {
        return Optional.of(new ProposePanel(referrals, profile.profileId(), profile.ownerName()));
    }
}
