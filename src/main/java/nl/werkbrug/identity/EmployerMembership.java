package nl.werkbrug.identity;

/** The employer organisation a user works for, and in what role. */
public record EmployerMembership(long employerId, EmployerRole role) {
}
