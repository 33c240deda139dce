package nl.werkbrug.subsidies;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.werkbrug.subsidies.internal.AttachmentRepository;
import nl.werkbrug.subsidies.internal.InformationRequestRecord;
import nl.werkbrug.subsidies.internal.InformationRequestRepository;
import nl.werkbrug.subsidies.internal.SubsidyRequest;
import nl.werkbrug.shared.Beslistermijn;
import nl.werkbrug.platform.BsnVault;
import nl.werkbrug.shared.Bsn;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.tenancy.TenantDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns stored requests into what their readers see, with the decision-term clock. Used by both services. */
@Component
class SubsidyRecords {

    /** Awb 4:13: without a statutory term, a decision follows within a reasonable term of at most eight weeks. */
    static final Period DEFAULT_TERM = DecisionTermRule.AWB_DEFAULT;

    private final BsnVault vault;
    private final InformationRequestRepository questions;
    private final AttachmentRepository attachments;
    private final TenantDirectory directory;
    private final Clock clock;
    private final Loonkostensubsidie loonkostensubsidie;

    SubsidyRecords(InformationRequestRepository questions, AttachmentRepository attachments, TenantDirectory directory,
                   BsnVault vault, Clock clock, Loonkostensubsidie loonkostensubsidie) {
        this.loonkostensubsidie = loonkostensubsidie;
        this.vault = vault;
        this.questions = questions;
        this.attachments = attachments;
        this.directory = directory;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Clock clock() {
        return clock;
    }

    /** The decision term the catalogue states in words ("binnen 8 weken"), or the Awb's eight weeks. */
    static Period parseTerm(@Nullable String text) {
        return DecisionTermRule.of(text).period();
    }

    @Nullable Beslistermijn clock(SubsidyRequest request, List<InformationRequestRecord> asked) {
        if (request.submittedOn() == null) {
            return null;
        }
        return new Beslistermijn(request.submittedOn(), Period.parse(request.decisionTerm()), asked.stream()
                .map(question -> new Beslistermijn.Suspension(question.askedOn, question.answeredOn, question.answerDue))
                .toList(), request.extension()).asOf(today());
    }

    /** The decision term of a submitted request as it stands today. */
    Beslistermijn term(SubsidyRequest request) {
        Beslistermijn term = clock(request, questions.findByRequestIdOrderByIdAsc(request.id()));
        if (term == null) {
            throw InvalidInputException.of("status", "subsidy.error.state");
        }
        return term;
    }

    /** The summaries of many requests, in their order, with the questions of all of them read in one query. */
    List<SubsidyRequestSummary> summaries(List<SubsidyRequest> requests) {
        if (requests.isEmpty()) {
            return List.of();
        }
        Map<Long, List<InformationRequestRecord>> asked = questions.findByRequestIdInOrderByIdAsc(
                        requests.stream().map(SubsidyRequest::id).toList()).stream()
                .collect(Collectors.groupingBy(question -> question.requestId));
        return requests.stream().map(request -> summary(request, asked.getOrDefault(request.id(), List.of()))).toList();
    }

    private SubsidyRequestSummary summary(SubsidyRequest request, List<InformationRequestRecord> asked) {
        Beslistermijn term = clock(request, asked);
        boolean running = request.status().isOpen() && term != null;
        return new SubsidyRequestSummary(request.id(), request.tenantId(), municipalityName(request.tenantId()),
                request.employerName(), request.instrumentCode(), request.instrumentName(), request.status(),
                request.employeeName(), request.submittedOn(), term == null ? null : term.deadline(),
                running && term.isOverdue(today()), running && term.isSuspended(), request.reference(),
                request.decidedOn());
    }

    SubsidyRequestDetail detail(SubsidyRequest request, boolean fullBsn) {
        List<InformationRequestRecord> asked = questions.findByRequestIdOrderByIdAsc(request.id());
        Beslistermijn term = clock(request, asked);
        boolean running = request.status().isOpen() && term != null;
        boolean showBsn = fullBsn || request.status() == SubsidyStatus.CONCEPT;
        List<AttachmentInfo> documents = attachments.listOf(request.id()).stream()
                .map(row -> new AttachmentInfo((Long) row[0], (String) row[1], (String) row[2], (Integer) row[3])).toList();
        SubsidyStatus outcome = request.outcome();
        return new SubsidyRequestDetail(request.id(), request.tenantId(), municipalityName(request.tenantId()),
                request.employerId(), request.employerName(), request.instrumentCode(), request.instrumentName(),
                request.catalogueVersionId(), request.catalogueOverrideVersionId(), request.status(),
                request.employeeName(), request.employeeBirthDate(),
                showBsn ? bsn(request) : request.employeeBsnMasked() == null ? "" : request.employeeBsnMasked(),
                request.contractStart(), request.contractEnd(), request.hoursPerWeek(), request.monthlyWage(),
                request.loonwaardePercent(), request.loonwaardemetingRequested(), request.coachKind(),
                request.coachHoursPerMonth(), Period.parse(request.decisionTerm()), request.submittedOn(),
                term == null ? null : term.deadline(), running && term.isSuspended(),
                running && term.isOverdue(today()),
                questions(asked),
                outcome, request.decisionReasons(), request.decidedBy(), request.decidedOn(), request.maatwerk(),
                request.proposedBy(), request.approvedBy(),
                request.awaitsApproval(), request.departures(),
                request.establishedLoonwaarde(), request.monthlyAmount(), documents, awb(request, term, asked),
                request.loonwaardemeting(), lksPeriodsIfKnown(request), request.reference(), request.decisionTermOwn(),
                request.coachingPlan(), request.flatRateStart(), request.flatRateMonths(), request.flatRatePercentage(),
                request.addressee().contactName(), request.addressee().address());
    }

    /**
     * The loonkostensubsidie per period for the contract (its end, or one year when it has none), on the recorded
     * meting.
     *
     * @throws InvalidInputException without a meting, contract start or hours, or before the first WML period
     */
    List<Loonkostensubsidie.PeriodAmount> lksPeriods(SubsidyRequest request) {
        LocalDate start = request.contractStart();
        if (start == null || request.hoursPerWeek() == null) {
            throw InvalidInputException.of("establishedLoonwaarde", "subsidy.error.loonwaarde-needed");
        }
        LocalDate end = request.contractEnd() != null ? request.contractEnd() : start.plusYears(1).minusDays(1);
        Loonwaardemeting meting = request.loonwaardemeting();
        return loonkostensubsidie.schedule(start, end, request.employeeBirthDate(), request.hoursPerWeek(),
                meting == null ? List.of() : List.of(meting));
    }

    private List<Loonkostensubsidie.PeriodAmount> lksPeriodsIfKnown(SubsidyRequest request) {
        if (!SubsidyRequestForm.LOONKOSTENSUBSIDIE.equals(request.instrumentCode()) || request.loonwaardemeting() == null) {
            return List.of();
        }
        try {
            return lksPeriods(request);
        } catch (InvalidInputException notComputable) {
            return List.of();
        }
    }

    static List<InformationRequest> questions(List<InformationRequestRecord> asked) {
        return asked.stream().map(q -> new InformationRequest(q.id(), q.question, q.askedOn, q.answer, q.answeredOn,
                q.answerDue)).toList();
    }

    private AwbTerms awb(SubsidyRequest request, @Nullable Beslistermijn term, List<InformationRequestRecord> asked) {
        if (term == null) {
            return AwbTerms.NONE;
        }
        LocalDate today = today();
        boolean open = request.status().isOpen();
        Ingebrekestelling notice = request.noticeOfDefault();
        LocalDate deadline = term.deadline();
        boolean setAside = open && request.status() == SubsidyStatus.INFORMATIE_GEVRAAGD && !request.awaitsApproval()
                && questions(asked).stream().anyMatch(question -> question.answerTermPassed(today));
        return new AwbTerms(term.extension(), notice == null ? null : notice.received(),
                notice == null ? null : notice.penaltyFrom(),
                notice == null ? null : notice.penalty(today, request.decidedOn()),
                open && notice == null && term.isOverdue(today), setAside,
                open && term.extension() == null && deadline != null && !today.isAfter(deadline));
    }

    String municipalityName(String tenantId) {
        return directory.find(tenantId).map(tenant -> tenant.name()).orElse(tenantId);
    }

    /** Only the last digits, for anyone outside the deciding municipality. */
    /** The employee's BSN in full, opened from its sealed form; null when the request has none. */
    @Nullable String bsn(SubsidyRequest request) {
        return request.employeeBsnSealed() == null ? null : vault.reveal(request.employeeBsnSealed()).value();
    }

    BsnVault.ProtectedBsn protect(Bsn bsn) {
        return vault.protect(bsn);
    }
}
