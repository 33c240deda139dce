package nl.werkbrug.subsidies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.werkbrug.catalogue.FlatRateStart;
import nl.werkbrug.catalogue.InstrumentCatalogue;
import nl.werkbrug.catalogue.PublishedInstrument;
import nl.werkbrug.shared.InvalidInputException;
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
@PreAuthorize("@tenantAccess.has('CONSULTANT')")
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
    private final CatalogueRule rule;
    private final QueueCounter counter;
    private final AnswerTerms answerTerms;
    private final MinimumWageWatch minimumWageWatch;
    private final InstrumentCatalogue catalogue;

    SubsidyDecisions(SubsidyRequestRepository requests, InformationRequestRepository questions,
                     AttachmentRepository attachments, SubsidyRecords records, CurrentUser currentUser,
                     CurrentTenant currentTenant, TenantDirectory directory, AuditLog audit, DecisionLetters letters,
                     CatalogueRule rule,
                     QueueCounter counter, AnswerTerms answerTerms, MinimumWageWatch minimumWageWatch,
                     InstrumentCatalogue catalogue) {
        this.catalogue = catalogue;
        this.answerTerms = answerTerms;
        this.minimumWageWatch = minimumWageWatch;
        this.requests = requests;
        this.questions = questions;
        this.attachments = attachments;
        this.records = records;
        this.currentUser = currentUser;
        this.currentTenant = currentTenant;
        this.directory = directory;
        this.audit = audit;
        this.letters = letters;
        this.rule = rule;
        this.counter = counter;
    }

    /** Submitted requests of the active municipality (never drafts), the nearest deadline first. */
    @Transactional(readOnly = true)
    public List<SubsidyRequestSummary> queue(QueueFilter filter) {
        return records.summaries(requests.findByStatusNotOrderByIdDesc(SubsidyStatus.CONCEPT)).stream()
                .filter(line -> filter.status() == null || line.status() == filter.status())
                .filter(line -> filter.instrumentCode() == null || line.instrumentCode().equals(filter.instrumentCode()))
                .filter(line -> !filter.overdueOnly() || line.overdue())
                .sorted(Comparator.comparing(SubsidyRequestSummary::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(SubsidyRequestSummary::id))
                .toList();
    }

    /**
     * The submitted requests of the active municipality for the employee whose BSN has this blind index
     * ({@code BsnVault#index}; never drafts), newest first: what a candidate's file links to, without either module
     * handing the number itself around.
     */
    @Transactional(readOnly = true)
    public List<SubsidyRequestSummary> forEmployee(String bsnIndex) {
        return records.summaries(requests.findByEmployeeBsnIndexAndStatusNotOrderByIdDesc(bsnIndex,
                SubsidyStatus.CONCEPT));
    }

    /** How much work the active municipality's queue holds, from the queue projection. */
    @Transactional(readOnly = true)
    public QueueCount queueCount() {
        return counter.current();
    }

    /** One request with the employee's personal data in full; every opening is audited. */
    @Transactional // not read-only: the audit line is written in it (one connection, not two)
    public Optional<SubsidyRequestDetail> open(long id) {
        Optional<SubsidyRequestDetail> detail = requests.findById(id)
                .filter(request -> request.status() != SubsidyStatus.CONCEPT)
                .map(request -> records.detail(request, true));
        detail.ifPresent(found -> audit.recordWithin(AuditAction.PERSONAL_DATA_VIEWED, found.municipality(),
                SubsidyRequests.subject(id), "employee of subsidy request (name, date of birth, BSN)"));
        return detail;
    }

    @Transactional
    public SubsidyRequestDetail startHandling(long id) {
        SubsidyRequest request = submitted(id);
        request.startHandling(acting());
        return saved(request);
    }

    /**
     * Asks the employer to complete the request within the municipality's answer term (Awb 4:5; default two weeks);
     * the decision term stands still until the answer or the end of that term (Awb 4:15).
     */
    @Transactional
    public SubsidyRequestDetail askForInformation(long id, String question) {
        if (question.isBlank()) {
            throw InvalidInputException.of("question", "subsidy.error.required");
        }
        SubsidyRequest request = submitted(id);
        SubsidyRequest.Acting acting = acting();
        request.askForInformation(acting);
        LocalDate today = records.today();
        questions.save(new InformationRequestRecord(id, question.strip(), acting.username(), today,
                InformationRequest.answerDue(today, answerTerms.forTenant(currentTenant.require()))));
        return saved(request);
    }

    /** The current or next minimum wage period that is not configured, for the warning on the consultants' screens. */
    public Optional<LocalDate> missingMinimumWage() {
        return minimumWageWatch.missing();
    }

    /** The answer term the active municipality gives the employer (Awb 4:5). */
    public Period answerTerm() {
        return answerTerms.forTenant(currentTenant.require());
    }

    /**
     * Awb 4:5: the employer let the answer term pass unused; the request is not considered (buiten behandeling), a
     * decision with reasons, its own letter and the bezwaar clause.
     */
    @Transactional
    public SubsidyRequestDetail setAside(long id, String reasons) {
        SubsidyRequest request = submitted(id);
        InformationRequest open = SubsidyRecords.questions(questions.findByRequestIdOrderByIdAsc(id)).stream()
                .filter(InformationRequest::isOpen).findFirst()
                .orElseThrow(() -> InvalidInputException.of("setAsideReasons", "subsidy.error.state"));
        request.setAside(open, reasons, acting());
        return saved(request);
    }

    /** Awb 4:14: extends the decision term once, before it ends, with a reason and a new date; the employer is told. */
    @Transactional
    public SubsidyRequestDetail extendTerm(long id, @Nullable LocalDate newDeadline, String reason) {
        SubsidyRequest request = submitted(id);
        request.extendTerm(records.term(request), newDeadline, reason, acting());
        return saved(request);
    }

    /** Records the loonwaardemeting at the workplace; only a meting carries a loonkostensubsidie decision. */
    @Transactional
    public SubsidyRequestDetail recordLoonwaardemeting(long id, Loonwaardemeting meting) {
        SubsidyRequest request = submitted(id);
        request.recordLoonwaardemeting(meting, acting());
        return saved(request);
    }

    /**
     * Records the jobcoaching plan: goals, whose judgement sets the hours, the period in whole months, the hours per
     * month, and the tariff: the catalogue's where a source gives one, otherwise the one entered here (marked as
     * entered). A grant of jobcoaching rests on it.
     */
    @Transactional
    public SubsidyRequestDetail recordCoachingPlan(long id, @Nullable String goals, @Nullable String judgedBy,
                                                   @Nullable LocalDate from, @Nullable LocalDate to,
                                                   @Nullable BigDecimal hoursPerMonth, @Nullable BigDecimal enteredTariff) {
        SubsidyRequest request = submitted(id);
        CoachingPlan plan = CoachingPlan.of(goals, judgedBy, from, to, hoursPerMonth, enteredTariff,
                catalogueTariff(request.instrumentCode()).orElse(null));
        request.recordCoachingPlan(plan, acting());
        return saved(request);
    }

    /** The tariff per hour the active municipality's catalogue sets for an instrument; empty: it is entered. */
    public Optional<BigDecimal> catalogueTariff(String instrumentCode) {
        return catalogue.hourlyTariff(currentTenant.require(), instrumentCode);
    }

    /** The active municipality's flat-rate start on an instrument (loonkostensubsidie), where its policy has one. */
    public Optional<FlatRateStart> flatRateStart(String instrumentCode) {
        return catalogue.published(currentTenant.require(), instrumentCode).map(PublishedInstrument::flatRateStart);
    }

    /**
     * Decides with reasons. A grant within the catalogue rule takes effect at once; a grant that departs from the rule
     * (see {@link CatalogueRule}) becomes a maatwerk proposal that waits for {@link #approve} by another consultant.
     * While a proposal is pending, the request cannot be decided another way.
     */
    @Transactional
    public SubsidyRequestDetail decide(long id, DecisionDraft draft) {
        if (draft.reasons().isBlank()) {
            throw InvalidInputException.of("reasons", "subsidy.error.reasons");
        }
        SubsidyRequest request = submitted(id);
        SubsidyRequest.Acting acting = acting();
        SubsidyRequest.Decision decision = decision(request, draft);
        if (decision.isMaatwerk()) {
            request.proposeMaatwerk(decision, acting);
        } else {
            request.decide(decision, acting);
        }
        return saved(request);
    }

    /** A second consultant approves a maatwerk proposal; the one who proposed it cannot. */
    @Transactional
    public SubsidyRequestDetail approve(long id) {
        SubsidyRequest request = submitted(id);
        request.approveMaatwerk(acting());
        return saved(request);
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> decisionLetter(long id) {
        return requests.findById(id).filter(request -> request.status().isDecided())
                .map(request -> letters.render(records.detail(request, false), directory.require(currentTenant.require())));
    }

    /** The content of a document of a request in the active municipality. */
    @Transactional(readOnly = true)
    public Optional<byte[]> attachment(long requestId, long attachmentId) {
        return attachments.findById(attachmentId).filter(document -> document.requestId == requestId)
                .map(document -> document.content.clone());
    }

    private SubsidyRequest submitted(long id) {
        return requests.findById(id).filter(request -> request.status() != SubsidyStatus.CONCEPT)
                .orElseThrow(() -> new AccessDeniedException("No such request in this municipality"));
    }

    /**
     * A loonkostensubsidie is granted on the recorded loonwaardemeting only (never the employer's estimate); its
     * statutory amount is that of the first period, or none when that period's minimum wage is not configured.
     */
    private SubsidyRequest.Decision decision(SubsidyRequest request, DecisionDraft draft) {
        BigDecimal loonwaarde = draft.establishedLoonwaarde();
        BigDecimal statutory = null;
        FlatRateStart flatRate = null;
        if (draft.granted() && draft.flatRateStart()) {
            // the municipality's flat-rate start: its amount as the catalogue gives it (or none: missing), no meting yet
            flatRate = flatRateStart(request.instrumentCode())
                    .orElseThrow(() -> InvalidInputException.of("flatRateStart", "subsidy.error.no-flat-rate"));
            statutory = flatRate.monthlyEuro();
        } else if (draft.granted() && SubsidyRequestForm.LOONKOSTENSUBSIDIE.equals(request.instrumentCode())) {
            Loonkostensubsidie.PeriodAmount first = records.lksPeriods(request).getFirst();
            loonwaarde = first.loonwaardePercent();
            statutory = first.calculation() == null ? null : first.calculation().total();
        }
        BigDecimal amount = draft.granted() ? (draft.monthlyAmount() != null ? draft.monthlyAmount() : statutory) : null;
        if (amount != null && amount.signum() <= 0) {
            throw InvalidInputException.of("monthlyAmount", "subsidy.error.positive");
        }
        return new SubsidyRequest.Decision(draft.granted() ? SubsidyStatus.TOEGEKEND : SubsidyStatus.AFGEWEZEN,
                draft.reasons(), draft.granted() ? loonwaarde : draft.establishedLoonwaarde(), amount,
                rule.departures(request, draft.granted(), draft.monthlyAmount(), statutory, records.today()), flatRate);
    }

    private SubsidyRequestDetail saved(SubsidyRequest request) {
        return records.detail(requests.saveAndFlush(request), true);
    }

    private SubsidyRequest.Acting acting() {
        return new SubsidyRequest.Acting(currentUser.require().username(), directory.region().id(), records.clock());
    }
}
