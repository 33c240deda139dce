package nl.werkbrug.sroi;

/** Where a contract's plan stands. */
public enum ContractState {
    /** registered; the contractor has not filed a plan yet */
    PLAN_GEVRAAGD,
    /** the contractor filed a plan; the SROI officer judges it */
    PLAN_INGEDIEND,
    /** the officer asked for changes to the plan */
    WIJZIGING_GEVRAAGD,
    /** the officer accepted the plan; realisations can be recorded */
    PLAN_GEACCEPTEERD;

    public String labelKey() {
        return "sroi.state." + name();
    }

    /** Whether the contractor may file (again) a plan. */
    public boolean planOpen() {
        return this == PLAN_GEVRAAGD || this == WIJZIGING_GEVRAAGD;
    }
}
