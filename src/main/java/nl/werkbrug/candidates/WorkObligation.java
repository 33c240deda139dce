package nl.werkbrug.candidates;

import nl.werkbrug.shared.Labelled;

/** The work obligation (arbeidsverplichting) of the Participatiewet: imposed, or a partial or full exemption, always individually justified (Hengelo: no category exemptions). */
public enum WorkObligation implements Labelled {
    OPGELEGD, GEDEELTELIJKE_ONTHEFFING, VOLLEDIGE_ONTHEFFING;

    @Override
    public String labelPrefix() {
        return "candidates.obligation";
    }
}
