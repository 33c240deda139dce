package nl.werkbrug.candidates;

import nl.werkbrug.shared.Labelled;

/** Target groups a candidate belongs to, each recorded with its period and basis (Hengelo's focus groups, the doelgroepregister of the banenafspraak, Enschede's outflow dimensions). */
public enum DoelgroepFlag implements Labelled {
    BANENAFSPRAAK, BESCHUT_WERK, STATUSHOUDER, JONGERE, VIJFTIG_PLUS, ALLEENSTAANDE_OUDER, ARBEIDSBEPERKING;

    @Override
    public String labelPrefix() {
        return "candidates.flag";
    }
}
