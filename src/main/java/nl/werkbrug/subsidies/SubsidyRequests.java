package nl.werkbrug.subsidies;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.catalogue.Applicability;
import nl.werkbrug.catalogue.Applicant;
import nl.werkbrug.catalogue.InstrumentApplicability;
import nl.werkbrug.catalogue.InstrumentCatalogue;
import nl.werkbrug.catalogue.PersonFacts;
import nl.werkbrug.catalogue.PublishedInstrument;
import nl.werkbrug.subsidies.internal.AttachmentRecord;
import nl.werkbrug.subsidies.internal.AttachmentRepository;
import nl.werkbrug.subsidies.internal.InformationRequestRecord;
import nl.werkbrug.subsidies.internal.InformationRequestRepository;
import nl.werkbrug.subsidies.internal.SubsidyRequest;
import nl.werkbrug.subsidies.internal.SubsidyRequestRepository;
import nl.werkbrug.identity.CurrentUser;
import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantContext;
import nl.werkbrug.tenancy.TenantDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The employer's side of subsidy requests. A request is stored with the deciding municipality (the employee's
 * municipality of residence), so every call names that municipality and runs in it explicitly
 * ({@link TenantContext#callAs}); within it, an employer only ever touches its own organisation's requests.
 */
@PreAuthorize("hasRole('EMPLOYER')")
@Service
public class SubsidyRequests {

    private final SubsidyRequestRepository requests;
    private final InformationRequestRepository questions;
    private final AttachmentRepository attachments;
    private final SubsidyRecords records;
    private final InstrumentCatalogue catalogue;
    private final InstrumentApplicability applicability;
    private final TenantDirectory directory;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final DecisionLetters letters;
    private final nl.werkbrug.employer.EmployerOrganisations employers;
    private final TransactionTemplate transaction;
    private final SubsidyReferences references;

    SubsidyRequests(SubsidyRequestRepository requests, InformationRequestRepository questions,
                    AttachmentRepository attachments, SubsidyRecords records, InstrumentCatalogue catalogue,
                    InstrumentApplicability applicability, TenantDirectory directory, CurrentUser currentUser,
                    AuditLog audit, DecisionLetters letters, nl.werkbrug.employer.EmployerOrganisations employers,
                    PlatformTransactionManager transactionManager, SubsidyReferences references) {
        this.requests = requests;
        this.questions = questions;
        this.attachments = attachments;
        this.records = records;
        this.catalogue = catalogue;
        this.applicability = applicability;
        this.directory = directory;
        this.currentUser = currentUser;
        this.audit = audit;
        this.letters = letters;
        this.employers = employers;
        this.transaction = new TransactionTemplate(transactionManager);
        this.references = references;
    }

    /** The municipalities of the region an employer can file a request with. */
    public List<Tenant> municipalities() {
        return directory.tenants();
    }

    /**
     * Instruments of the municipality's catalogue that employers can request from it, offered today: not those applied
     * for elsewhere (UWV, Belastingdienst; issue 12).
     */
    public List<PublishedInstrument> instruments(String municipality) {
        return catalogue.published(municipality).orElse(List.of()).stream()
                .filter(instrument -> instrument.appliesBy().contains(Applicant.WERKGEVER))
                .filter(instrument -> instrument.applyElsewhere() == null).toList();
    }

    /** Refuses an instrument the municipality's catalogue says is applied for elsewhere, naming where. */
    private void refuseIfAppliedElsewhere(String municipality, String instrumentCode) {
        catalogue.published(municipality, instrumentCode).map(PublishedInstrument::applyElsewhere).ifPresent(where -> {
            throw InvalidInputException.of("instrument", "subsidy.error.apply-elsewhere", where.organisation());
        });
    }

    /** Whether the request can qualify, judged by the catalogue's applicability rules on what is filled in. */
    public Optional<Applicability> applicability(String municipality, String instrumentCode, SubsidyRequestForm form) {
        PersonFacts facts = CatalogueRule.facts(records.today(), form.getEmployeeBirthDate(), form.getContractStart(),
                form.getContractEnd(), form.getHoursPerWeek());
        return applicability.forResident(municipality, facts).stream()
                .filter(result -> result.code().equals(instrumentCode)).findFirst();
    }

    /**
     * Creates or updates a draft. A draft may be incomplete but not wrong (a BSN failing the 11-proef, an end before
     * the start): then nothing is saved and {@link InvalidInputException} names the fields.
     */
    public SubsidyRequestDetail saveDraft(String municipality, @Nullable Long id, String instrumentCode,
                                          SubsidyRequestForm form) {
        long employer = employerId();
        SubsidyRequestDetail saved = inMunicipality(municipality, () -> {
            SubsidyRequest request;
            if (id == null) {
                refuseIfAppliedElsewhere(municipality, instrumentCode);
                PublishedInstrument instrument = instruments(municipality).stream()
                        .filter(candidate -> candidate.code().equals(instrumentCode)).findFirst()
                        .orElseThrow(() -> InvalidInputException.of("instrument", "subsidy.error.instrument"));
                String name = employers.mine().map(company -> company.name()).orElse("");
                DecisionTermRule term = DecisionTermRule.of(instrument.decisionTerm());
                request = new SubsidyRequest(employer, name, new SubsidyRequest.CatalogueChoice(instrument.code(),
                        instrument.name(), instrument.version().regional(), instrument.version().versionId(),
                        instrument.version().overrideVersionId(), term.period().toString(), term.own()),
                        acting(municipality));
            } else {
                request = own(municipality, id, employer);
            }
            List<FieldProblem> problems = form.draftProblems(request.instrumentCode());
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            request.editDraft(content(form, request.instrumentCode()), records::protect, acting(municipality));
            if (form.getPlacement() != null) {
                request.forPlacement(form.getPlacement());
            }
            return records.detail(requests.save(request), true);
        });
        audit.record(AuditAction.SUBSIDY_DRAFT_SAVED, municipality, subject(saved.id()), saved.instrumentCode());
        return saved;
    }

    /**
     * Submits a draft: from today the decision term runs. The company's contact person and address are kept with the
     * request as they are now; the decision letter is addressed to them.
     */
    public SubsidyRequestDetail submit(String municipality, long id) {
        SubsidyRequest.Addressee addressee = employers.mine().map(company -> new SubsidyRequest.Addressee(
                company.contactName(), address(company))).orElse(new SubsidyRequest.Addressee(null, null));
        return onOwn(municipality, id,
                (request, acting) -> {
                    refuseIfAppliedElsewhere(municipality, request.instrumentCode());
                    request.submit(formOf(request).problems(request.instrumentCode()), addressee, acting);
                    request.number(references.next(municipality, request.submittedOn()), acting);
                });
    }

    /**
     * The organisation's requests in every municipality of the region, newest first: read in the municipalities that
     * hold any of them, which the database names for the organisation of the signed-in user.
     */
    public List<SubsidyRequestSummary> mine() {
        long employer = employerId();
        List<String> municipalities = transaction.execute(status -> requests.municipalitiesOfOwnRequests());
        List<SubsidyRequestSummary> all = new ArrayList<>();
        for (String municipality : municipalities == null ? List.<String>of() : municipalities) {
            all.addAll(inMunicipality(municipality, () -> records.summaries(
                    requests.findByEmployerIdOrderByCreatedAtDesc(employer))));
        }
        all.sort((a, b) -> Long.compare(b.id(), a.id()));
        return all;
    }

    /** One of the organisation's requests; empty for another organisation's request or another municipality. */
    public Optional<SubsidyRequestDetail> find(String municipality, long id) {
        long employer = employerId();
        if (directory.find(municipality).isEmpty()) {
            return Optional.empty();
        }
        Optional<SubsidyRequestDetail> found = inMunicipality(municipality, () -> requests.findById(id)
                .filter(request -> request.employerId() == employer).map(request -> records.detail(request, false)));
        if (found.isEmpty()) {
            refused(municipality, id, employer);
        }
        return found;
    }

    /** Answers the municipality's open question; the decision term runs again. */
    public SubsidyRequestDetail answer(String municipality, long id, String answer) {
        if (answer.isBlank()) {
            throw InvalidInputException.of("answer", "subsidy.error.required");
        }
        return onOwn(municipality, id, (request, acting) -> {
            request.answer(acting);
            InformationRequestRecord open = questions.findByRequestIdOrderByIdAsc(id).stream()
                    .filter(question -> question.answeredOn == null).findFirst()
                    .orElseThrow(() -> InvalidInputException.of("answer", "subsidy.error.state"));
            open.answer = answer.strip();
            open.answeredBy = username();
            open.answeredOn = records.today();
            questions.save(open);
        });
    }

    /**
     * Awb 4:17: gives notice of default (ingebrekestelling) on a request whose decision term has passed; two weeks
     * later the municipality owes a penalty per day until it decides.
     */
    public SubsidyRequestDetail giveNoticeOfDefault(String municipality, long id) {
        return onOwn(municipality, id, (request, acting) -> request.giveNoticeOfDefault(records.term(request), acting));
    }

    /** Withdraws a request that is not yet decided. */
    public SubsidyRequestDetail withdraw(String municipality, long id) {
        return onOwn(municipality, id, (request, acting) -> request.withdraw(acting));
    }

    /**
     * Adds a document (PDF, JPG or PNG by content, at most 10 MB; at most {@link UploadRules#MAX_FILES} per request) to a
     * request that is a draft or waits for information.
     */
    public AttachmentInfo attach(String municipality, long id, String fileName, byte[] content) {
        UploadRules.problem(content.length, content).ifPresent(key -> {
            throw InvalidInputException.of("upload", key);
        });
        String type = UploadRules.detect(content).orElseThrow();
        long employer = employerId();
        AttachmentInfo stored = inMunicipality(municipality, () -> {
            SubsidyRequest request = own(municipality, id, employer);
            if (!request.takesDocuments()) {
                throw InvalidInputException.of("upload", "subsidy.error.state");
            }
            if (attachments.countByRequestId(id) >= UploadRules.MAX_FILES) {
                throw InvalidInputException.of("upload", "subsidy.upload.request-full");
            }
            String name = fileName.isBlank() ? "document" : fileName.strip();
            AttachmentRecord saved = attachments.save(new AttachmentRecord(id, name.length() > 200 ? name.substring(0, 200) : name,
                    type, content, username(), records.clock().instant()));
            return new AttachmentInfo(saved.id(), saved.fileName, saved.contentType, saved.sizeBytes);
        });
        audit.record(AuditAction.SUBSIDY_ATTACHMENT_ADDED, municipality, subject(id), stored.contentType() + ", "
                + stored.sizeBytes() + " bytes");
        return stored;
    }

    /** The decision letter of a decided request of the organisation. */
    public Optional<byte[]> decisionLetter(String municipality, long id) {
        return find(municipality, id).filter(detail -> detail.status().isDecided())
                .map(detail -> letters.render(detail, directory.require(municipality)));
    }

    private <T> T inMunicipality(String municipality, Supplier<T> work) {
        directory.find(municipality).orElseThrow(() -> new AccessDeniedException("Unknown municipality"));
        return TenantContext.callAs(municipality, () -> transaction.execute(status -> work.get()));
    }

    /** Takes {@code step} on one of the organisation's own requests in the municipality, and saves the request. */
    private SubsidyRequestDetail onOwn(String municipality, long id,
                                       BiConsumer<SubsidyRequest, SubsidyRequest.Acting> step) {
        long employer = employerId();
        return inMunicipality(municipality, () -> {
            SubsidyRequest request = own(municipality, id, employer);
            step.accept(request, acting(municipality));
            return records.detail(requests.save(request), false);
        });
    }

    private SubsidyRequest own(String municipality, long id, long employer) {
        return requests.findById(id).filter(request -> request.employerId() == employer).orElseThrow(() -> {
            refused(municipality, id, employer);
            return new AccessDeniedException("Not a request of this employer");
        });
    }

    /**
     * Audits a request id that this employer cannot reach (another employer's, or none at all: row-level security
     * makes the two alike), in a transaction of its own that survives the refusal (issue 13, finding 2).
     */
    private void refused(@Nullable String municipality, long id, long employer) {
        audit.record(AuditAction.ACCESS_DENIED, municipality, subject(id), "not a request of employer " + employer);
    }

    private SubsidyRequest.Acting acting(String municipality) {
        return new SubsidyRequest.Acting(username(), directory.require(municipality).regionId(), records.clock());
    }

    private long employerId() {
        return currentUser.require().employerMembership().map(EmployerMembership::employerId)
                .orElseThrow(() -> new AccessDeniedException("Not an employer user"));
    }

    private String username() {
        return currentUser.require().username();
    }

    static String subject(long id) {
        return "subsidieaanvraag " + id;
    }

    private static SubsidyRequest.Content content(SubsidyRequestForm form, String instrumentCode) {
        boolean lks = SubsidyRequestForm.LOONKOSTENSUBSIDIE.equals(instrumentCode);
        boolean coaching = SubsidyRequestForm.JOBCOACHING.equals(instrumentCode);
        return new SubsidyRequest.Content(blankToNull(form.getEmployeeName()), form.getEmployeeBirthDate(),
                blankToNull(form.getBsn()), form.getContractStart(), form.getContractEnd(), form.getHoursPerWeek(),
                form.getMonthlyWage(), lks ? form.getLoonwaardePercent() : null,
                lks && form.isLoonwaardemetingRequested(), coaching ? form.getCoachKind() : null,
                coaching ? form.getCoachHoursPerMonth() : null);
    }

    private SubsidyRequestForm formOf(SubsidyRequest request) {
        SubsidyRequestForm form = new SubsidyRequestForm();
        form.setEmployeeName(request.employeeName());
        form.setEmployeeBirthDate(request.employeeBirthDate());
        form.setBsn(records.bsn(request));
        form.setContractStart(request.contractStart());
        form.setContractEnd(request.contractEnd());
        form.setHoursPerWeek(request.hoursPerWeek());
        form.setMonthlyWage(request.monthlyWage());
        form.setLoonwaardePercent(request.loonwaardePercent());
        form.setLoonwaardemetingRequested(request.loonwaardemetingRequested());
        form.setCoachKind(request.coachKind());
        form.setCoachHoursPerMonth(request.coachHoursPerMonth());
        return form;
    }

    /** The company's address in one line ("Hengelosestraat 1, 7550 AA Hengelo"), or its place alone. */
    static @Nullable String address(nl.werkbrug.employer.EmployerSummary company) {
        return company.address() != null ? company.address() : company.place();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
