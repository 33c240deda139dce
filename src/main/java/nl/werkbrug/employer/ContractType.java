package nl.werkbrug.employer;

/** The kind of contract a vacancy offers; a temporary one has a length in months. */
public enum ContractType {
    PERMANENT, TEMPORARY, ON_CALL, TRAINEESHIP
}
