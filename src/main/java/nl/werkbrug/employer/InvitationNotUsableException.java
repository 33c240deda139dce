package nl.werkbrug.employer;

/** The invitation link is unknown, expired or used already. */
public class InvitationNotUsableException extends RuntimeException {

    private final InvitationState state;

    public InvitationNotUsableException(InvitationState state) {
        super("Invitation cannot be used: " + state);
        this.state = state;
    }

    public InvitationState state() {
        return state;
    }
}
