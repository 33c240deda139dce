package nl.werkbrug.employer;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The state of an invitation link and, while it is valid, the company and address it was sent to. */
public record InvitationCheck(InvitationState state, @Nullable String companyName, @Nullable String email,
                              @Nullable Instant expiresAt) {

    static InvitationCheck of(InvitationState state) {
        return new InvitationCheck(state, null, null, null);
    }
}
