package nl.werkbrug.sroi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import nl.werkbrug.identity.CurrentUser;
import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.employer.Vacancies;
import nl.werkbrug.employer.VacancyDetail;
import nl.werkbrug.employer.VacancyStatus;
import nl.werkbrug.referrals.Referral;
import nl.werkbrug.referrals.Referrals;
import nl.werkbrug.referrals.VoordrachtState;
import nl.werkbrug.pool.PoolSearch;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.sroi.internal.SroiContract;
import nl.werkbrug.sroi.internal.SroiContractRepository;
import nl.werkbrug.sroi.internal.SroiMeasure;
import nl.werkbrug.sroi.internal.SroiPlanLine;
import nl.werkbrug.sroi.internal.SroiPlanLineRepository;
import nl.werkbrug.sroi.internal.SroiRealisation;
import nl.werkbrug.sroi.internal.SroiRealisationRepository;
import nl.werkbrug.sroi.internal.SroiInvoice;
import nl.werkbrug.sroi.internal.SroiInvoiceRepository;
import nl.werkbrug.sroi.internal.SroiVacancyLink;
import nl.werkbrug.sroi.internal.SroiVacancyLinkRepository;
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
 * The contractor's side of SROI (the employer's users): its contracts in every municipality of the region, the plan
 * from the blocks of the contract's model, and realisations. A contract is stored with the contracting municipality,
 * so every call names it and runs in it explicitly; within it the employer only ever reaches its own contracts
 * (checked here, and by row-level security through {@code app.employer_id}).
 */
@PreAuthorize("hasRole('EMPLOYER')")
@Service
public class SroiPlans {

    private final SroiContractRepository contracts;
    private final SroiPlanLineRepository planLines;
    private final SroiRealisationRepository realisations;
    private final SroiRecords records;
    private final SroiVacancyLinkRepository links;
    private final SroiInvoiceRepository invoices;
    private final Vacancies vacancies;
    private final PoolSearch pool;
    private final Referrals referrals;
    private final TenantDirectory directory;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    SroiPlans(SroiContractRepository contracts, SroiPlanLineRepository planLines,
              SroiRealisationRepository realisations, SroiRecords records, SroiVacancyLinkRepository links,
              SroiInvoiceRepository invoices, Vacancies vacancies, PoolSearch pool, Referrals referrals,
              TenantDirectory directory, CurrentUser currentUser, AuditLog audit,
              PlatformTransactionManager transactionManager) {
        this.links = links;
        this.invoices = invoices;
        this.vacancies = vacancies;
        this.contracts = contracts;
        this.planLines = planLines;
        this.realisations = realisations;
        this.records = records;
        this.pool = pool;
        this.referrals = referrals;
        this.directory = directory;
        this.currentUser = currentUser;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** The organisation's contracts in every municipality of the region, newest first. */
    public List<SroiContractDetail> mine() {
        long employer = employerId();
        List<SroiContractDetail> all = new ArrayList<>();
        for (Tenant tenant : directory.tenants()) {
            all.addAll(inMunicipality(tenant.id(), () -> contracts.findByEmployerIdOrderByIdDesc(employer).stream()
                    .map(records::detail).toList()));
        }
        all.sort((a, b) -> Long.compare(b.id(), a.id()));
        return all;
    }

    /** One of the organisation's contracts; empty for another organisation's contract (audited as refused). */
    public Optional<SroiContractDetail> find(String municipality, long id) {
        if (directory.find(municipality).isEmpty()) {
            return Optional.empty();
        }
        long employer = employerId();
        Optional<SroiContractDetail> found = inMunicipality(municipality, () -> contracts.findById(id)
                .filter(contract -> contract.employerId() == employer).map(records::detail));
        if (found.isEmpty()) {
            refused(municipality, id, employer);
        }
        return found;
    }

    /**
     * The value of each line under the model (for the live total while the plan is written); a line that cannot be
     * valued yet counts 0 and its problems are returned at its index ({@code lines[2].hoursPerWeek}).
     */
    public PlanPreview preview(SroiModel model, List<SroiLineForm> lines) {
        List<BigDecimal> values = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            try {
                values.add(SroiRecords.plannedValue(model, lines.get(index)));
            } catch (InvalidInputException invalid) {
                values.add(BigDecimal.ZERO);
                String prefix = "lines[" + index + "].";
                invalid.problems().forEach(problem -> problems.add(new FieldProblem(prefix + problem.field(),
                        problem.messageKey(), problem.args())));
            }
        }
        return new PlanPreview(values, values.stream().reduce(BigDecimal.ZERO, BigDecimal::add), problems);
    }

    /** Line values, their total and what keeps a line from being valued. */
    public record PlanPreview(List<BigDecimal> values, BigDecimal total, List<FieldProblem> problems) {

        public PlanPreview {
            values = List.copyOf(values);
            problems = List.copyOf(problems);
        }
    }

    /** Files the plan (replacing a plan the officer asked to change); every line must be valued. */
    public SroiContractDetail submitPlan(String municipality, long id, List<SroiLineForm> lines) {
        return onOwn(municipality, id, contract -> {
            SroiModel model = records.model(contract);
            PlanPreview preview = preview(model, lines);
            if (lines.isEmpty()) {
                throw InvalidInputException.of("lines", "sroi.error.plan-empty");
            }
            if (!preview.problems().isEmpty()) {
                throw new InvalidInputException(preview.problems());
            }
            contract.submitPlan(username());
            planLines.deleteByContractId(contract.id());
            for (int index = 0; index < lines.size(); index++) {
                SroiLineForm line = lines.get(index);
                planLines.save(new SroiPlanLine(contract, String.valueOf(line.getBlockCode()), line.getPersons(),
                        measure(line), preview.values().get(index)));
            }
        });
    }

    /** The organisation's vacancies that are not closed: what can be published for a contract's obligation. */
    public List<VacancyDetail> openVacancies() {
        return vacancies.mine().stream().filter(vacancy -> vacancy.status() != VacancyStatus.CLOSED).toList();
    }

    /**
     * Publishes a vacancy of the organisation for the contract's open obligation (an SROI vacancy): the vacancy is
     * marked SROI for matching, and a hire on it through a referral becomes a proposed realisation of the contract.
     * Only the employer's admin does this; a closed vacancy, another organisation's, or one already published for a
     * contract is refused at the field.
     */
    @PreAuthorize("hasRole('EMPLOYER_ADMIN')")
    public SroiContractDetail publishVacancy(String municipality, long id, @Nullable Long vacancyId) {
        if (vacancyId == null || openVacancies().stream().noneMatch(vacancy -> vacancy.id() == vacancyId)) {
            throw InvalidInputException.of("vacancyId", "sroi.error.vacancy-unknown");
        }
        return onOwn(municipality, id, contract -> {
            if (links.findByVacancyId(vacancyId).isPresent()) {
                throw InvalidInputException.of("vacancyId", "sroi.error.vacancy-linked");
            }
            links.save(new SroiVacancyLink(contract, vacancyId, username(), records.clock().instant()));
            vacancies.markSroi(vacancyId);
        });
    }

    /** A purchase's invoice as it was uploaded (the name the browser gave and the bytes). */
    public record Invoice(String fileName, byte[] content) {
    }

    /** Records a realisation without an invoice (a person, an activity). */
    public SroiContractDetail recordRealisation(String municipality, long id, SroiLineForm line) {
        return recordRealisation(municipality, id, line, null);
    }

    /**
     * Records a realisation against the accepted plan. A block for persons names the pool profile (pseudonym) the
     * employer can see, or the proposal of a hire on one of the contract's SROI vacancies, which it confirms; its
     * municipality of residence then attests the target group. A purchase carries its invoice (PDF only).
     */
    public SroiContractDetail recordRealisation(String municipality, long id, SroiLineForm line,
                                                @Nullable Invoice invoice) {
        // the pool and the referrals are asked outside the municipality's transaction: the employer looks as an
        // employer of the region. A person hired through a referral is linked to it and placed from it.
        Optional<java.util.UUID> proposed = line.getProposalId() == null ? Optional.empty()
                : Optional.of(inMunicipality(municipality, () -> realisations.findById(line.getProposalId())
                .filter(found -> found.contractId() == id && found.state() == RealisationState.VOORGESTELD)
                .map(SroiRealisation::referralId)
                .orElseThrow(() -> InvalidInputException.of("proposalId", "sroi.error.proposal-unknown"))));
        String pseudonym = line.getPseudonym() == null || line.getPseudonym().isBlank() ? null
                : line.getPseudonym().strip().toUpperCase(java.util.Locale.ROOT);
        Optional<Referral> hire = proposed.isEmpty() && pseudonym == null ? Optional.empty()
                : referrals.inbox().stream().filter(referral -> referral.state() == VoordrachtState.AANGENOMEN
                        && (proposed.isPresent() ? referral.id().equals(proposed.get())
                        : referral.pseudonym().equals(pseudonym))).findFirst();
        Optional<Placed> profile = hire.map(referral -> new Placed(referral.pseudonym(), referral.ownerTenant(),
                        referral.id())).or(() -> pseudonym == null ? Optional.empty() : pool.profile(pseudonym)
                        .map(found -> new Placed(found.pseudonym(), found.ownerTenant(), null)));
        if ((pseudonym != null || proposed.isPresent()) && profile.isEmpty()) {
            throw InvalidInputException.of(proposed.isPresent() ? "proposalId" : "pseudonym",
                    proposed.isPresent() ? "sroi.error.proposal-unknown" : "sroi.error.pseudonym-unknown");
        }
        hire.map(Referral::placement).ifPresent(placement -> {
            if (line.getStartDate() == null) {
                line.setStartDate(placement.start());
            }
            if (line.getHoursPerWeek() == null) {
                line.setHoursPerWeek(placement.hoursPerWeek());
            }
        });
        return onOwn(municipality, id, contract -> {
            SroiModel model = records.model(contract);
            SroiModel.Block block = SroiRecords.block(model, line);
            List<FieldProblem> problems = new ArrayList<>();
            if (line.getStartDate() == null) {
                problems.add(FieldProblem.of("startDate", "sroi.error.required"));
            }
            if (block.forPersons() && profile.isEmpty()) {
                problems.add(FieldProblem.of("pseudonym", "sroi.error.pseudonym-required"));
            }
            if (!block.forPersons() && (line.getDescription() == null || line.getDescription().isBlank())) {
                problems.add(FieldProblem.of("description", "sroi.error.required"));
            }
            boolean purchase = block.unit() == SroiModel.Unit.INVOICE_AMOUNT;
            if (purchase) {
                SroiInvoices.problem(invoice).ifPresent(key -> problems.add(FieldProblem.of("invoice", key)));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            BigDecimal value = SroiRecords.value(model, line);
            String description = line.getDescription() == null || line.getDescription().isBlank()
                    ? block.name() : line.getDescription().strip();
            var facts = new SroiRealisation.Facts(block.code(), profile.map(Placed::pseudonym).orElse(null),
                    profile.map(Placed::residence).orElse(null), profile.map(Placed::referral).orElse(null),
                    description, line.getStartDate(), measure(line));
            boolean attestation = block.attestation() && block.forPersons();
            Optional<SroiRealisation> proposal = hire.flatMap(referral -> realisations
                    .findByContractIdAndReferralIdAndState(contract.id(), referral.id(), RealisationState.VOORGESTELD));
            if (proposal.isEmpty() && hire.isPresent() && realisations.existsByReferralId(hire.get().id())) {
                throw InvalidInputException.of("pseudonym", "sroi.error.hire-counted");
            }
            SroiRealisation saved = proposal.map(found -> {
                found.confirm(contract, facts, value, attestation);
                return realisations.save(found);
            }).orElseGet(() -> realisations.save(new SroiRealisation(contract, facts, value, attestation, username(),
                    records.clock().instant())));
            if (purchase && invoice != null) {
                invoices.save(new SroiInvoice(saved, contract.employerId(), invoice.fileName(),
                        SroiInvoices.PDF, invoice.content(), username(), records.clock().instant()));
            }
        });
    }

    /** The invoice of a realisation of one of the organisation's contracts. */
    public Optional<Invoice> invoice(String municipality, long id, long realisationId) {
        return find(municipality, id).flatMap(contract -> inMunicipality(municipality, () -> invoices
                .findByRealisationId(realisationId).filter(found -> found.contractId() == id)
                .map(found -> new Invoice(found.fileName(), found.content()))));
    }

    private static SroiMeasure measure(SroiLineForm line) {
        return new SroiMeasure(line.getHoursPerWeek(), line.getMonths(), line.getAmount(), line.getCreditFactor());
    }

    /** The placed person: pseudonym, municipality of residence and the referral, if hired through one. */
    private record Placed(String pseudonym, String residence, java.util.@org.jspecify.annotations.Nullable UUID referral) {
    }

    private SroiContractDetail onOwn(String municipality, long id, java.util.function.Consumer<SroiContract> step) {
        long employer = employerId();
        return inMunicipality(municipality, () -> {
            SroiContract contract = contracts.findById(id).filter(found -> found.employerId() == employer)
                    .orElseThrow(() -> {
                        refused(municipality, id, employer);
                        return new AccessDeniedException("Not a contract of this employer");
                    });
            step.accept(contract);
            return records.detail(contracts.save(contract));
        });
    }

    private <T> T inMunicipality(String municipality, Supplier<T> work) {
        directory.find(municipality).orElseThrow(() -> new AccessDeniedException("Unknown municipality"));
        return TenantContext.callAs(municipality, () -> transaction.execute(status -> work.get()));
    }

    private void refused(String municipality, long id, long employer) {
        audit.record(AuditAction.ACCESS_DENIED, municipality, SroiContracts.subject(id),
                "not a contract of employer " + employer);
    }

    private long employerId() {
        return currentUser.require().employerMembership().map(EmployerMembership::employerId)
                .orElseThrow(() -> new AccessDeniedException("Not an employer user"));
    }

    private String username() {
        return currentUser.require().username();
    }
}
