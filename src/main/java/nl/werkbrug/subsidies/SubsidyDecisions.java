package nl.werkbrug.subsidies;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.werkbrug.shared.InvalidInput;
import nl.werkbrug.subsidies.internal.AttachmentRepository;
import nl.werkbrug.subsidies.internal.InformationRequestRecord;
import nl.werkbrug.subsidies.internal.InformationRequestRepository;
import nl.werkbrug.subsidies.internal.SubsidyRequest;
import nl.werkbrug.subsidies.internal.SubsidyRequestRepository;
import nl.werkbrug.identity.CurrentUser;
import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.tenancy.CurrentTenant;
import nl.werkbrug.tenancy.TenantDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deciding municipality's side: the queue of submitted requests, questions to the employer, decisions with
 * reasons, and the second consultant's approval of maatwerk. Everything runs in the active municipality; row-level
 * security keeps other municipalities' requests out of reach.
 */
@Service
public class SubsidyDecisions {

    /** Filters of the queue; a null filter lets everything through. */
    public record QueueFilter(@Nullable SubsidyStatus status, @Nullable String instrumentCode, boolean overdueOnly) {

        public static final QueueFilter ALL = new QueueFilter(null, null, false);
    }

    private final SubsidyRequestRepository requests;
    private final InformationRequestRepository questions;
    private final AttachmentRepository attachments;
    private final SubsidyRecords records;
    private final CurrentUser currentUser;
    private final CurrentTenant currentTenant;
    private final TenantDirectory directory;
    private final AuditLog audit;
    private final DecisionLetters letters;
    private final Loonkostensubsidie loonkostensubsidie;

    SubsidyDecisions(SubsidyRequestRepository requests, InformationRequestRepository questions,
                     AttachmentRepository attachments, SubsidyRecords records, CurrentUser currentUser,
                     CurrentTenant currentTenant, TenantDirectory directory, AuditLog audit, DecisionLetters letters,
                     Loonkostensubsidie loonkostensubsidie) {
        this.requests = requests;
        this.questions = questions;
        this.attachments = attachments;
        this.records = records;
        this.currentUser = currentUser;
        this.currentTenant = currentTenant;
        this.directory = directory;
        this.audit = audit;
        this.letters = letters;
        this.loonkostensubsidie = loonkostensubsidie;
    }

    /** Submitted requests of the active municipality (never drafts), the nearest deadline first. */
    @PreAuthorize("@tenantAccess.has('CONSULTANT')")
    @Transactional(readOnly = true)
    public List<SubsidyRequestSummary> queue(QueueFilter filter) {
        return requests.findByStatusNotOrderByIdDesc(SubsidyStatus.CONCEPT).stream().map(records::summary)
                .filter(line -> filter.status() == null || line.status() == filter.status())
                .filter(line -> filter.instrumentCode() == null || line.instrumentCode().equals(filter.instrumentCode()))
                .filter(line -> !filter.overdueOnly() || line.overdue())
                .sorted(Comparator.comparing(SubsidyRequestSummary::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(SubsidyRequestSummary::id))
                .toList();
    }

    /** One request with the employee's personal data in full; every opening is audited. */
    @PreAuthorize("@tenantAccess.has('CONSULTANT')")
    @Transactional(readOnly = true)
    public Optional<SubsidyRequestDetail> open(long id) {
        Optional<SubsidyRequestDetail> detail = requests.findById(id)
                .filter(request -> request.status != SubsidyStatus.CONCEPT)
                .map(request -> records.detail(request, true));
        detail.ifPresent(found -> audit.record(AuditAction.PERSONAL_DATA_VIEWED, found.municipality(),
                SubsidyRequests.subject(id), "employee of subsidy request (name, date of birth, BSN)"));
        return detail;
    }

    @PreAuthorize("@tenantAccess.has('CONSULTANT')")
    @Transactional
    public SubsidyRequestDetail startHandling(long id) {
        SubsidyRequest request = submitted(id);
        if (request.status != SubsidyStatus.INGEDIEND) {
            throw InvalidInput.of("status", "subsidy.error.state");
        }
        request.status = SubsidyStatus.IN_BEHANDELING;
        return changed(request, AuditAction.SUBSIDY_HANDLING_STARTED, "in behandeling");
    }

    /** Asks the employer to complete the request; the decision term stands still until the answer. */
    @PreAuthorize("@tenantAccess.has('CONSULTANT')")
    @Transactional
    public SubsidyRequestDetail askForInformation(long id, String question) {
        if (question.isBlank()) {
            throw InvalidInput.of("question", "subsidy.error.required");
        }
        SubsidyRequest request = submitted(id);
        if (request.status != SubsidyStatus.INGEDIEND && request.status != SubsidyStatus.IN_BEHANDELING) {
            throw InvalidInput.of("status", "subsidy.error.state");
        }
        questions.save(new InformationRequestRecord(id, question.strip(), username(), records.today()));
        request.status = SubsidyStatus.INFORMATIE_GEVRAAGD;
        return changed(request, AuditAction.SUBSIDY_INFORMATION_REQUESTED, "information asked");
    }

    /**
     * Decides with reasons. A decision within the catalogue rule takes effect at once; maatwerk waits for
     * {@link #approve} by another consultant.
     */
    @PreAuthorize("@tenantAccess.has('CONSULTANT')")
    @Transactional
    public SubsidyRequestDetail decide(long id, DecisionDraft decision) {
        if (decision.reasons().isBlank()) {
            throw InvalidInput.of("reasons", "subsidy.error.reasons");
        }
        SubsidyRequest request = submitted(id);
        if (request.status != SubsidyStatus.INGEDIEND && request.status != SubsidyStatus.IN_BEHANDELING) {
            throw InvalidInput.of("status", "subsidy.error.state");
        }
        SubsidyStatus outcome = decision.granted() ? SubsidyStatus.TOEGEKEND : SubsidyStatus.AFGEWEZEN;
        request.decisionOutcome = outcome.name();
        request.decisionReasons = decision.reasons().strip();
        request.maatwerk = decision.maatwerk();
        request.establishedLoonwaarde = decision.establishedLoonwaarde();
        request.monthlyAmount = null;
        if (decision.granted() && SubsidyRequestForm.LOONKOSTENSUBSIDIE.equals(request.instrumentCode)) {
            BigDecimal loonwaarde = decision.establishedLoonwaarde() != null ? decision.establishedLoonwaarde()
                    : request.loonwaardePercent;
            if (loonwaarde == null || request.contractStart == null || request.hoursPerWeek == null) {
                throw InvalidInput.of("establishedLoonwaarde", "subsidy.error.loonwaarde-needed");
            }
            request.establishedLoonwaarde = loonwaarde;
            request.monthlyAmount = loonkostensubsidie.perMonth(request.contractStart, request.hoursPerWeek, loonwaarde).total();
        }
        if (decision.maatwerk()) {
            request.proposedBy = username();
            request.approvedBy = null;
            return changed(request, AuditAction.SUBSIDY_DECISION_PROPOSED, outcome + " (maatwerk, awaits approval)");
        }
        request.proposedBy = null;
        request.decidedBy = username();
        request.decidedOn = records.today();
        request.status = outcome;
        return changed(request, AuditAction.SUBSIDY_DECIDED, outcome.name());
    }

    /** A second consultant approves a maatwerk decision; the one who proposed it cannot. */
    @PreAuthorize("@tenantAccess.has('CONSULTANT')")
    @Transactional
    public SubsidyRequestDetail approve(long id) {
        SubsidyRequest request = submitted(id);
        if (!request.status.isOpen() || request.proposedBy == null || request.decisionOutcome == null) {
            throw InvalidInput.of("status", "subsidy.error.state");
        }
        if (request.proposedBy.equals(username())) {
            throw InvalidInput.of("approval", "subsidy.error.four-eyes");
        }
        request.approvedBy = username();
        request.decidedBy = request.proposedBy;
        request.decidedOn = records.today();
        request.status = SubsidyStatus.valueOf(request.decisionOutcome);
        return changed(request, AuditAction.SUBSIDY_DECIDED, request.status + " (maatwerk, approved)");
    }

    @PreAuthorize("@tenantAccess.has('CONSULTANT')")
    @Transactional(readOnly = true)
    public Optional<byte[]> decisionLetter(long id) {
        return requests.findById(id).filter(request -> request.status.isDecided())
                .map(request -> letters.render(records.detail(request, false), directory.require(currentTenant.require())));
    }

    /** The content of a document of a request in the active municipality. */
    @PreAuthorize("@tenantAccess.has('CONSULTANT')")
    @Transactional(readOnly = true)
    public Optional<byte[]> attachment(long requestId, long attachmentId) {
        return attachments.findById(attachmentId).filter(document -> document.requestId == requestId)
                .map(document -> document.content.clone());
    }

    private SubsidyRequest submitted(long id) {
        return requests.findById(id).filter(request -> request.status != SubsidyStatus.CONCEPT)
                .orElseThrow(() -> new AccessDeniedException("No such request in this municipality"));
    }

    private SubsidyRequestDetail changed(SubsidyRequest request, AuditAction action, String detail) {
        request.updatedAt = Instant.now();
        SubsidyRequest saved = requests.saveAndFlush(request);
        audit.record(action, saved.tenantId(), SubsidyRequests.subject(saved.id()), detail);
        return records.detail(saved, true);
    }

    private String username() {
        return currentUser.require().username();
    }
}
