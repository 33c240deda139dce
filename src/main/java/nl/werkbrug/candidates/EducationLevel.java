package nl.werkbrug.candidates;

import nl.werkbrug.shared.Labelled;

/** The highest education completed, in the Dutch levels; from MBO 2 and HAVO up it is a startkwalificatie. */
public enum EducationLevel implements Labelled {
    BASISONDERWIJS, VMBO, MBO_1, MBO_2, MBO_3, MBO_4, HAVO, VWO, HBO, WO;

    @Override
    public String labelPrefix() {
        return "candidates.education";
    }

    /** Whether this level is a startkwalificatie (MBO 2 or higher, HAVO or VWO). */
    public boolean startkwalificatie() {
        return compareTo(MBO_2) >= 0;
    }
}
