package nl.werkbrug.candidates.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.werkbrug.candidates.CandidateFileSummary;
import nl.werkbrug.tenancy.TenantOwnedEntity;
import org.jspecify.annotations.Nullable;

/** A candidate's file, owned by the municipality that handles the case. */
@Entity
@Table(name = "candidate_file")
public class CandidateFile extends TenantOwnedEntity {

    @Column(name = "file_number", nullable = false)
    private String fileNumber;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    @Column(name = "ladder_rung")
    private @Nullable Integer ladderRung;

    @Column(name = "consultant_username")
    private @Nullable String consultantUsername;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CandidateFile() {
        this.fileNumber = "";
        this.givenName = "";
        this.familyName = "";
        this.createdAt = Instant.EPOCH;
    }

    public CandidateFile(String fileNumber, String givenName, String familyName, @Nullable Integer ladderRung,
                         @Nullable String consultantUsername, Instant createdAt) {
        this.fileNumber = fileNumber;
        this.createdAt = createdAt;
        this.givenName = givenName;
        this.familyName = familyName;
        this.ladderRung = ladderRung;
        this.consultantUsername = consultantUsername;
    }

    public CandidateFileSummary summary() {
        return new CandidateFileSummary(id(), tenantId(), fileNumber,
                givenName + " " + familyName, ladderRung, consultantUsername, createdAt);
    }
}
