package nl.werkbrug.candidates;

import nl.werkbrug.shared.Labelled;

/** The outcome of intake and diagnosis, from Enschede's list. */
public enum IntakeOutcome implements Labelled {
    BEGELEIDING_NAAR_WERK, EINDE_UITKERING, EINDE_UITKERING_WERK, INZET_REINTEGRATIE_INSTRUMENT, INZET_INSTRUMENT_LK, NIET_BESCHIKBAAR, TIJDELIJK_NIET_BESCHIKBAAR;

    @Override
    public String labelPrefix() {
        return "candidates.intake-outcome";
    }
}
