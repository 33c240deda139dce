package nl.werkbrug.identity;

/** Roles a user holds in an employer organisation. */
public enum EmployerRole {
    EMPLOYER_ADMIN, EMPLOYER_USER
}
