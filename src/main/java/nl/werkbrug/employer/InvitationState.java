package nl.werkbrug.employer;

/** What an invitation link is worth when someone opens it. */
public enum InvitationState {
    VALID, EXPIRED, USED, UNKNOWN
}
