package nl.werkbrug.sroi;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.werkbrug.employer.EmployerOrganisations;
import nl.werkbrug.employer.EmployerSummary;
import nl.werkbrug.identity.CurrentUser;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.sroi.SroiEvent.ContractRegistered;
import nl.werkbrug.sroi.SroiEvent.PlanAccepted;
import nl.werkbrug.sroi.SroiEvent.RealisationAccepted;
import nl.werkbrug.sroi.SroiEvent.ReportFiled;
import nl.werkbrug.sroi.internal.SroiContract;
import nl.werkbrug.sroi.internal.SroiContractRepository;
import nl.werkbrug.sroi.internal.SroiRealisation;
import nl.werkbrug.sroi.internal.SroiRealisationRepository;
import nl.werkbrug.tenancy.CurrentTenant;
import nl.werkbrug.tenancy.TenantDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contracting municipality's side of SROI, for its SROI officer in the active municipality: registering
 * contracts, judging the contractor's plan, accepting or rejecting realisations, filing the interim report; and the
 * target-group attestation by the municipality of residence (its SROI officer or a consultant).
 */
@Service
public class SroiContracts {

    private static final String OFFICER = "@tenantAccess.has('SROI_OFFICER')";
    private static final String ATTESTER = "@tenantAccess.has('SROI_OFFICER', 'CONSULTANT')";

    private final SroiContractRepository contracts;
    private final SroiRealisationRepository realisations;
    private final SroiRecords records;
    private final SroiReports reports;
    private final EmployerOrganisations employers;
    private final CurrentUser currentUser;
    private final CurrentTenant currentTenant;
    private final TenantDirectory directory;
    private final ApplicationEventPublisher events;
    private final nl.werkbrug.sroi.internal.SroiInvoiceRepository invoices;
    private final org.springframework.transaction.support.TransactionTemplate transaction;

    SroiContracts(SroiContractRepository contracts, SroiRealisationRepository realisations, SroiRecords records,
                  SroiReports reports, EmployerOrganisations employers, CurrentUser currentUser,
                  CurrentTenant currentTenant, TenantDirectory directory, ApplicationEventPublisher events,
                  nl.werkbrug.sroi.internal.SroiInvoiceRepository invoices,
                  org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.invoices = invoices;
        this.transaction = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(
                org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.contracts = contracts;
        this.realisations = realisations;
        this.records = records;
        this.reports = reports;
        this.employers = employers;
        this.currentUser = currentUser;
        this.currentTenant = currentTenant;
        this.directory = directory;
        this.events = events;
    }

    /** The employers of the region a contract can be awarded to, by name. */
    @PreAuthorize(OFFICER)
    public List<EmployerSummary> contractors() {
        return employers.ofRegion();
    }

    /** The model in force today, if the region has one (a contract uses the one in force at its start). */
    @PreAuthorize(OFFICER)
    public Optional<SroiModel> modelToday() {
        return records.models().inForce(records.today());
    }

    /**
     * Registers a contract under the model in force at its start.
     *
     * @throws InvalidInputException naming the fields that break a rule (below the threshold, a percentage the model
     *                               does not allow, …); nothing is saved
     */
    @PreAuthorize(OFFICER)
    @Transactional
    public SroiContractDetail register(SroiContractForm form) {
        java.time.LocalDate start = form.getPeriodStart() == null ? records.today() : form.getPeriodStart();
        SroiModel model = records.models().inForce(start)
                .orElseThrow(() -> InvalidInputException.of("periodStart", "sroi.error.no-model"));
        EmployerSummary contractor = form.getEmployerId() == null ? null : contractors().stream()
                .filter(employer -> employer.id() == form.getEmployerId()).findFirst().orElse(null);
        var registration = new SroiContract.Registration(contractor == null ? 0 : contractor.id(),
                contractor == null ? "" : contractor.name(), form.getSubject(), form.getContractValue(),
                form.getPercentage(), form.getPsoLevel(), form.getPeriodStart(), form.getPeriodEnd(),
                form.getInterimReportDue(), form.getFinalReportDue());
        var problems = new java.util.ArrayList<>(SroiContract.problems(registration, model));
        if (contractor == null) {
            problems.addFirst(nl.werkbrug.shared.FieldProblem.of("employerId", "sroi.error.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        SroiContract contract = contracts.save(SroiContract.register(registration, model,
                directory.region().id(), username(), records.clock().instant()));
        events.publishEvent(new ContractRegistered(contract.id(), contract.tenantId(), contract.regionId(),
                contract.employerId(), username(), contract.netObligation(), model.label()));
        return records.detail(contract);
    }

    /** The active municipality's contracts, newest first. */
    @PreAuthorize(OFFICER)
    @Transactional(readOnly = true)
    public List<SroiContractDetail> contracts() {
        return contracts.findAllByOrderByIdDesc().stream().map(records::detail).toList();
    }

    /** One contract of the active municipality. */
    @PreAuthorize(OFFICER)
    @Transactional(readOnly = true)
    public Optional<SroiContractDetail> contract(long id) {
        return contracts.findById(id).map(records::detail);
    }

    @PreAuthorize(OFFICER)
    @Transactional
    public SroiContractDetail acceptPlan(long id) {
        SroiContract contract = require(id);
        contract.acceptPlan(username());
        SroiContractDetail detail = records.detail(contracts.save(contract));
        events.publishEvent(new PlanAccepted(id, contract.tenantId(), contract.regionId(), contract.employerId(),
                username(), detail.plannedValue()));
        return detail;
    }

    @PreAuthorize(OFFICER)
    @Transactional
    public SroiContractDetail askChanges(long id, @Nullable String request) {
        SroiContract contract = require(id);
        contract.askChanges(request);
        return records.detail(contracts.save(contract));
    }

    @PreAuthorize(OFFICER)
    @Transactional
    public SroiContractDetail acceptRealisation(long id, long realisationId) {
        SroiContract contract = require(id);
        SroiRealisation realisation = realisation(contract, realisationId);
        realisation.accept(username(), records.today());
        realisations.save(realisation);
        events.publishEvent(new RealisationAccepted(id, contract.tenantId(), contract.regionId(),
                contract.employerId(), username(), realisationId, realisation.blockCode(), realisation.value()));
        return records.detail(contract);
    }

    @PreAuthorize(OFFICER)
    @Transactional
    public SroiContractDetail rejectRealisation(long id, long realisationId, @Nullable String reason) {
        SroiContract contract = require(id);
        SroiRealisation realisation = realisation(contract, realisationId);
        realisation.reject(reason, username(), records.today());
        realisations.save(realisation);
        return records.detail(contract);
    }

    /** Files the interim report: from now the report can be downloaded, and the dashboards hear of it. */
    @PreAuthorize(OFFICER)
    @Transactional
    public SroiContractDetail fileInterimReport(long id) {
        SroiContract contract = require(id);
        contract.fileInterimReport(username(), records.today());
        SroiContractDetail detail = records.detail(contracts.save(contract));
        events.publishEvent(new ReportFiled(id, contract.tenantId(), contract.regionId(), contract.employerId(),
                username(), false, detail.acceptedValue(), detail.fulfilledPercent(), null));
        return detail;
    }

    /**
     * Files the final report: an obligation not met is recorded with the agreed consequence (a fine or an extension)
     * and what it amounts to.
     */
    @PreAuthorize(OFFICER)
    @Transactional
    public SroiContractDetail fileFinalReport(long id, @Nullable Consequence consequence, @Nullable String note) {
        SroiContract contract = require(id);
        contract.fileFinalReport(records.detail(contract).fulfilledPercent(), consequence, note, username(),
                records.today());
        SroiContractDetail detail = records.detail(contracts.save(contract));
        events.publishEvent(new ReportFiled(id, contract.tenantId(), contract.regionId(), contract.employerId(),
                username(), true, detail.acceptedValue(), detail.fulfilledPercent(),
                consequence == null ? null : consequence.name()));
        return detail;
    }

    /** The final report (PDF) of a contract whose final report was filed. */
    @PreAuthorize(OFFICER)
    @Transactional(readOnly = true)
    public Optional<byte[]> finalReport(long id) {
        return contract(id).filter(detail -> detail.finalFiledOn() != null)
                .map(detail -> reports.render(detail, directory.require(detail.tenant()), true));
    }

    /** The interim report (PDF) of a contract whose report was filed. */
    @PreAuthorize(OFFICER)
    @Transactional(readOnly = true)
    public Optional<byte[]> interimReport(long id) {
        return contract(id).filter(detail -> detail.interimFiledOn() != null)
                .map(detail -> reports.render(detail, directory.require(detail.tenant()), false));
    }

    /**
     * Realisations whose person lives in the active municipality and whose target group waits for its attestation,
     * under the contracts of every municipality of the region (an Enschede resident placed under a Hengelo contract
     * is attested by Enschede). Each contracting municipality is read in its own transaction, and only the rows of
     * this municipality's residents leave it.
     */
    @PreAuthorize(ATTESTER)
    public List<Attestation> awaitingAttestation() {
        String residence = currentTenant.require();
        List<Attestation> all = new java.util.ArrayList<>();
        for (nl.werkbrug.tenancy.Tenant contracting : directory.tenants()) {
            all.addAll(inMunicipality(contracting.id(), () -> realisations
                    .findByResidenceTenantAndStateOrderByIdAsc(residence, RealisationState.WACHT_OP_DOELGROEP)
                    .stream().map(this::attestation).toList()));
        }
        all.sort(Comparator.comparingLong(Attestation::realisationId));
        return all;
    }

    /** {@link #attest(String, long, boolean, java.time.LocalDate, String)} for a contract of the active municipality. */
    @PreAuthorize(ATTESTER)
    public void attest(long realisationId, boolean counts, java.time.@Nullable LocalDate from,
                       @Nullable String consentBasis) {
        attest(currentTenant.require(), realisationId, counts, from, consentBasis);
    }

    /**
     * The municipality of residence attests (or not) that the person counts for the realisation's block from
     * {@code from}; {@code consentBasis} records how the candidate consented to this being shared. The realisation
     * lives with {@code contracting}, the contract's municipality; only a realisation of a resident of the active
     * municipality can be attested.
     */
    @PreAuthorize(ATTESTER)
    public void attest(String contracting, long realisationId, boolean counts, java.time.@Nullable LocalDate from,
                       @Nullable String consentBasis) {
        String residence = currentTenant.require();
        String actor = username();
        if (directory.find(contracting).isEmpty()) {
            throw new AccessDeniedException("Unknown municipality");
        }
        inMunicipality(contracting, () -> {
            SroiRealisation realisation = realisations.findById(realisationId)
                    .filter(found -> residence.equals(found.residenceTenant()))
                    .orElseThrow(() -> new AccessDeniedException("Not a realisation of a resident of " + residence));
            realisation.attest(counts, from, consentBasis, actor, records.today());
            return realisations.save(realisation);
        });
    }

    /** The invoice (PDF) of a purchase realisation of a contract of the active municipality. */
    @PreAuthorize(OFFICER)
    @Transactional(readOnly = true)
    public Optional<SroiPlans.Invoice> invoice(long id, long realisationId) {
        return invoices.findByRealisationId(realisationId).filter(found -> found.contractId() == id)
                .map(found -> new SroiPlans.Invoice(found.fileName(), found.content()));
    }

    /**
     * A target group to attest: what the municipality of residence needs, and nothing about the benefit.
     *
     * @param contracting the municipality of the contract, where the realisation lives
     */
    public record Attestation(long realisationId, String contracting, long contractId, String employerName,
                              String pseudonym, String blockName, String targetGroup, java.time.LocalDate startDate) {
    }

    private Attestation attestation(SroiRealisation realisation) {
        SroiContract contract = require(realisation.contractId());
        SroiModel model = records.model(contract);
        SroiModel.Block block = model.block(realisation.blockCode()).orElseThrow();
        return new Attestation(realisation.id(), contract.tenantId(), contract.id(), contract.employerName(),
                String.valueOf(realisation.pseudonym()), block.name(), block.targetGroup(), realisation.startDate());
    }

    private <T> T inMunicipality(String municipality, java.util.function.Supplier<T> work) {
        return nl.werkbrug.tenancy.TenantContext.callAs(municipality, () -> transaction.execute(status -> work.get()));
    }

    private SroiContract require(long id) {
        return contracts.findById(id).orElseThrow(() -> new AccessDeniedException("No contract " + id + " here"));
    }

    private SroiRealisation realisation(SroiContract contract, long realisationId) {
        return realisations.findById(realisationId).filter(found -> found.contractId() == contract.id())
                .orElseThrow(() -> new AccessDeniedException("Not a realisation of contract " + contract.id()));
    }

    private String username() {
        return currentUser.require().username();
    }

    static String subject(long id) {
        return "sroi-contract " + id;
    }
}
