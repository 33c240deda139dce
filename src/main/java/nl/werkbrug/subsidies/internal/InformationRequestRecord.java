package nl.werkbrug.subsidies.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.werkbrug.tenancy.TenantOwnedEntity;
import org.jspecify.annotations.Nullable;

/** A question of the municipality about a request, and the employer's answer. */
@Entity
@Table(name = "subsidy_information_request")
public class InformationRequestRecord extends TenantOwnedEntity {

    @Column(name = "request_id", nullable = false, updatable = false)
    public long requestId;
    @Column(name = "question", nullable = false)
    public String question = "";
    @Column(name = "asked_by", nullable = false)
    public String askedBy = "";
    @Column(name = "asked_on", nullable = false)
    public LocalDate askedOn = LocalDate.EPOCH;
    @Column(name = "answer")
    public @Nullable String answer;
    @Column(name = "answered_by")
    public @Nullable String answeredBy;
    @Column(name = "answered_on")
    public @Nullable LocalDate answeredOn;
    /** The last day to answer (Awb 4:5); none for questions asked before answer terms existed. */
    @Column(name = "answer_due")
    public @Nullable LocalDate answerDue;

    protected InformationRequestRecord() {
    }

    public InformationRequestRecord(long requestId, String question, String askedBy, LocalDate askedOn,
                                    LocalDate answerDue) {
        this.requestId = requestId;
        this.question = question;
        this.askedBy = askedBy;
        this.askedOn = askedOn;
        this.answerDue = answerDue;
    }
}
