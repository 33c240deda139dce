package nl.werkbrug.employer.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.werkbrug.employer.InvitationState;
import nl.werkbrug.employer.InvitationSummary;
import org.jspecify.annotations.Nullable;

/** A colleague's invitation: single use, expires, and known by the hash of its token only. */
@Entity
@Table(name = "employer_invitation")
public class EmployerInvitation extends EmployerOwned {

    @Column(nullable = false, updatable = false)
    private String email;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "invited_by", nullable = false, updatable = false)
    private String invitedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private @Nullable Instant acceptedAt;

    @Column(name = "accepted_username")
    private @Nullable String acceptedUsername;

    protected EmployerInvitation() {
        this.email = "";
        this.tokenHash = "";
        this.invitedBy = "";
        this.createdAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    public EmployerInvitation(String regionId, long employerId, String email, String tokenHash, String invitedBy,
                              Instant createdAt, Instant expiresAt) {
        super(regionId, employerId);
        this.email = email;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public InvitationState state(Instant now) {
        if (acceptedAt != null) {
            return InvitationState.USED;
        }
        return now.isBefore(expiresAt) ? InvitationState.VALID : InvitationState.EXPIRED;
    }

    public void accept(String username, Instant now) {
        if (state(now) != InvitationState.VALID) {
            throw new IllegalStateException("Invitation is " + state(now));
        }
        this.acceptedAt = now;
        this.acceptedUsername = username;
    }

    public String email() {
        return email;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public InvitationSummary summary() {
        return new InvitationSummary(id(), email, invitedBy, createdAt, expiresAt);
    }
}
