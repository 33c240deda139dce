package nl.werkbrug.candidates;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import nl.werkbrug.candidates.internal.CandidateFile;
import nl.werkbrug.candidates.internal.CandidateFileRepository;
import nl.werkbrug.catalogue.Applicability;
import nl.werkbrug.catalogue.Doelgroepregister;
import nl.werkbrug.catalogue.InstrumentApplicability;
import nl.werkbrug.catalogue.PersonFacts;
import nl.werkbrug.identity.CurrentUser;
import nl.werkbrug.identity.LocalAccounts;
import nl.werkbrug.identity.Member;
import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.platform.BsnVault;
import nl.werkbrug.shared.Bsn;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.tenancy.CurrentTenant;
import nl.werkbrug.tenancy.TenantDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidate files of the active municipality, for its consultants: opening a file and adding to it. Every call runs
 * in the active municipality; row-level security and the tenant filter keep other municipalities' files out of
 * reach, so a file of another municipality is simply not found. Reading a file's personal data is audited, showing
 * the whole BSN separately.
 */
@PreAuthorize("@tenantAccess.has('CONSULTANT')")
@Service
public class CandidateFiles {

    private final CandidateFileRepository files;
    private final CurrentUser currentUser;
    private final TenantDirectory directory;
    private final InstrumentApplicability applicability;
    private final LocalAccounts accounts;
    private final AuditLog audit;
    private final BsnVault vault;
    private final Clock clock;
    private final CurrentTenant currentTenant;

    CandidateFiles(CandidateFileRepository files, CurrentUser currentUser, TenantDirectory directory,
                   InstrumentApplicability applicability, LocalAccounts accounts,
                   AuditLog audit, BsnVault vault, Clock clock, CurrentTenant currentTenant) {
        this.files = files;
        this.currentUser = currentUser;
        this.directory = directory;
        this.applicability = applicability;
        this.accounts = accounts;
        this.audit = audit;
        this.vault = vault;
        this.clock = clock;
        this.currentTenant = currentTenant;
    }

    /** The audit subject of a file. */
    public static String subject(long fileId) {
        return "kandidaatdossier " + fileId;
    }

    /**
     * Opens a file in the active municipality with the logged-in consultant as the responsible one. Refused, with the
     * problems at their fields, when the identity breaks a rule or the municipality already has a file for the BSN.
     *
     * @param fileNumber the municipality's own client number; none: the portal numbers the file
     */
    @Transactional
    public CandidateFileDetail open(@Nullable String fileNumber, CandidateIdentity identity) {
        CandidateFile.Acting acting = acting();
        List<FieldProblem> problems = identity.problems(acting.today());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (files.existsByBsnIndex(vault.index(Bsn.parse(identity.bsn())))) {
            throw InvalidInputException.of("bsn", "candidates.error.bsn-known");
        }
        CandidateFile file = files.save(new CandidateFile(fileNumber, identity, vault::protect, acting));
        file.opened(acting);
        return files.save(file).detail();
    }

    /**
     * A file of the active municipality, with the BSN masked; every opening is audited. Empty: no such file here.
     * The audit entry is written in the read's own transaction ({@link AuditLog#recordWithin}): the file reaches
     * the view only when that commits, so the entry and what was shown stand or fall together, and an opening holds
     * one database connection, not a second one for an audit transaction of its own, which under load let ten
     * concurrent openings wait for each other's connections until the pool's timeout (issue 13, load test).
     */
    @Transactional
    public Optional<CandidateFileDetail> find(long id) {
        Optional<CandidateFileDetail> detail = files.findById(id).map(CandidateFile::detail);
        detail.ifPresent(found -> audit.recordWithin(AuditAction.PERSONAL_DATA_VIEWED, found.tenantId(), subject(id),
                "candidate file (identity, ladder, trajectory, journal)"));
        return detail;
    }

    /** The whole BSN of a file, shown on a deliberate request and audited as such. */
    @Transactional // not read-only: the audit line is written in it (one connection, not two)
    public String revealBsn(long id) {
        CandidateFile file = require(id);
        String sealed = file.bsnSealed();
        audit.recordWithin(AuditAction.BSN_SHOWN, file.tenantId(), subject(id), "BSN shown");
        return sealed == null ? "" : vault.reveal(sealed).value();
    }

    /**
     * The blind index of the file's BSN (see {@link BsnVault#index}): what other modules' records of the same person
     * are found by (a subsidy request for the resident) without the number itself leaving the vault. Empty for a file
     * without BSN (anonymised).
     */
    @Transactional(readOnly = true)
    public Optional<String> bsnIndex(long id) {
        return Optional.ofNullable(require(id).bsnIndex());
    }

    /**
     * Corrects who the candidate is and how to reach them. An empty BSN keeps the file's BSN (a form need not show
     * it to correct an address); another BSN replaces it, unless the municipality has a file for that one.
     */
    @Transactional
    public CandidateFileDetail editIdentity(long id, CandidateIdentity typed) {
        return change(id, (file, acting) -> {
            CandidateIdentity identity = typed.bsn().isBlank() && file.bsnSealed() != null
                    ? new CandidateIdentity(typed.givenName(), typed.familyName(),
                    vault.reveal(file.bsnSealed()).value(), typed.birthDate(), typed.street(), typed.houseNumber(),
                    typed.postcode(), typed.city(), typed.phone(), typed.email(), typed.benefit(), typed.benefitSince())
                    : typed;
            if (Bsn.isValidInput(identity.bsn())) {
                files.findByBsnIndex(vault.index(Bsn.parse(identity.bsn()))).filter(other -> other.id() != id)
                        .ifPresent(other -> {
                            throw InvalidInputException.of("bsn", "candidates.error.bsn-known");
                        });
            }
            file.editIdentity(identity, vault::protect, acting);
        });
    }

    @Transactional
    public CandidateFileDetail editProfile(long id, CandidateProfile profile) {
        return change(id, (file, acting) -> file.editProfile(profile, acting));
    }

    @Transactional
    public CandidateFileDetail recordRung(long id, FileEntry.LadderAssessment assessment) {
        return change(id, (file, acting) -> file.recordRung(assessment, acting));
    }

    @Transactional
    public CandidateFileDetail addFlag(long id, FileEntry.FlagEntry flag) {
        return change(id, (file, acting) -> file.addFlag(flag, acting));
    }

    @Transactional
    public CandidateFileDetail endFlag(long id, long flagId, LocalDate until) {
        return change(id, (file, acting) -> file.endFlag(flagId, until, acting));
    }

    @Transactional
    public CandidateFileDetail recordObligation(long id, FileEntry.ObligationEntry obligation) {
        return change(id, (file, acting) -> file.recordObligation(obligation, acting));
    }

    @Transactional
    public CandidateFileDetail addObstacles(long id, FileEntry.ObstacleEntry obstacles) {
        return change(id, (file, acting) -> file.addObstacles(obstacles, acting));
    }

    @Transactional
    public CandidateFileDetail endObstacle(long id, long obstacleId, LocalDate until) {
        return change(id, (file, acting) -> file.endObstacle(obstacleId, until, acting));
    }

    /**
     * Which instruments of the municipality's catalogue apply to the candidate, judged by the catalogue's rules on
     * the facts of the file (age, benefit, doelgroepregister, beschut-werk indication), each with its reasons. Takes
     * the file as {@link #find} or a change just returned it, so showing a file reads it once, not twice (issue 13,
     * load test); a file of another municipality than the active one is not found.
     */
    public List<Applicability> instruments(CandidateFileDetail file) {
        if (!currentTenant.id().map(file.tenantId()::equals).orElse(false)) {
            throw InvalidInputException.of("file", "candidates.error.not-found");
        }
        return applicability.forResident(file.tenantId(), facts(file, today()));
    }

    /** Plans an instrument of the catalogue; one that does not apply to the candidate is refused with the reason. */
    @Transactional
    public CandidateFileDetail planDeployment(long id, FileEntry.DeploymentPlan plan) {
        return change(id, (file, acting) -> {
            if (plan.instrumentCode().isBlank()) {
                file.planDeployment(plan, new CandidateFile.Instrument("", "", Applicability.Outcome.UNKNOWN), acting);
                return;
            }
            Applicability verdict = applicability.forResident(file.tenantId(), facts(file.detail(), acting.today()))
                    .stream().filter(result -> result.code().equals(plan.instrumentCode())).findFirst()
                    .orElseThrow(() -> InvalidInputException.of("instrumentCode", "candidates.error.instrument-unknown"));
            file.planDeployment(plan, new CandidateFile.Instrument(verdict.code(), verdict.name(), verdict.outcome()),
                    acting);
        });
    }

    @Transactional
    public CandidateFileDetail endDeployment(long id, long deploymentId, FileEntry.DeploymentEnd end) {
        return change(id, (file, acting) -> file.endDeployment(deploymentId, end, acting));
    }

    @Transactional
    public CandidateFileDetail recordIntake(long id, FileEntry.IntakeEntry intake) {
        return change(id, (file, acting) -> file.recordIntake(intake, acting));
    }

    @Transactional
    public CandidateFileDetail recordContact(long id, FileEntry.ContactEntry contact) {
        return change(id, (file, acting) -> file.recordContact(contact, acting));
    }

    @Transactional
    public CandidateFileDetail addAgreement(long id, FileEntry.AgreementEntry agreement) {
        return change(id, (file, acting) -> file.addAgreement(agreement, acting));
    }

    @Transactional
    public CandidateFileDetail completeAgreement(long id, long agreementId) {
        return change(id, (file, acting) -> file.completeAgreement(agreementId, acting));
    }

    /** Hands the file to another consultant of the municipality. */
    @Transactional
    public CandidateFileDetail transfer(long id, FileEntry.Handover handover) {
        return change(id, (file, acting) -> {
            if (!handover.toUsername().isBlank() && colleagues().stream()
                    .noneMatch(member -> member.username().equals(handover.toUsername()))) {
                throw InvalidInputException.of("toUsername", "candidates.error.colleague-unknown");
            }
            file.transfer(handover, acting);
        });
    }

    @Transactional
    public CandidateFileDetail involve(long id, String username, boolean involved) {
        return change(id, (file, acting) -> {
            if (involved && colleagues().stream().noneMatch(member -> member.username().equals(username))) {
                throw InvalidInputException.of("involved", "candidates.error.colleague-unknown");
            }
            file.involve(username, involved, acting);
        });
    }

    @Transactional
    public CandidateFileDetail recordOutflow(long id, FileEntry.OutflowEntry outflow) {
        return change(id, (file, acting) -> file.recordOutflow(outflow, acting));
    }

    /**
     * Outflow to work for a placement an employer made through a referral (issue 9), recorded by the portal itself in
     * the municipality that owns the file, on the placement's first working day. False when the file is not there or
     * is closed already (the candidate left the caseload otherwise).
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public boolean recordPlacementOutflow(long id, LocalDate start) {
        Optional<CandidateFile> file = files.findById(id).filter(found -> found.detail().open());
        file.ifPresent(found -> {
            found.recordOutflow(new FileEntry.OutflowEntry(OutflowReason.WERK, start),
                    new CandidateFile.Acting("system", directory.region().id(), clock));
            files.save(found);
        });
        return file.isPresent();
    }

    /**
     * Whether the file's candidate is in the doelgroepregister (the banenafspraak flag in force) on the day: for the
     * portal itself, when a placement is made (it counts for the banenafspraak, issue 14). False for no such file.
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public boolean inDoelgroepregister(long id, LocalDate day) {
        return files.findById(id).map(file -> file.detail().flags().stream()
                .anyMatch(flag -> flag.flag() == DoelgroepFlag.BANENAFSPRAAK && flag.holdsOn(day))).orElse(false);
    }

    @Transactional
    public CandidateFileDetail recordLasting(long id, boolean lasted) {
        return change(id, (file, acting) -> file.recordLasting(lasted, acting));
    }

    /** The consultants of the active municipality a file can go to or involve. */
    public List<Member> colleagues() {
        return accounts.consultantsOfActiveTenant();
    }

    /**
     * The facts of a file the catalogue's applicability rules judge: age, benefit, and the doelgroepregister and
     * beschut-werk flags in force on the day. A fact the file does not hold stays unknown.
     */
    static PersonFacts facts(CandidateFileDetail file, LocalDate day) {
        PersonFacts facts = PersonFacts.on(day);
        if (file.birthDate() != null) {
            facts = facts.withAge(Period.between(file.birthDate(), day).getYears());
        }
        if (file.benefit() != null) {
            facts = facts.withBenefit(file.benefit().catalogueBenefit());
        }
        var register = file.flags().stream().filter(flag -> flag.flag() == DoelgroepFlag.BANENAFSPRAAK)
                .filter(flag -> flag.holdsOn(day)).findFirst();
        facts = facts.withDoelgroepregister(register
                .map(flag -> Doelgroepregister.registered(flag.from(), flag.until()))
                .orElse(Doelgroepregister.notRegistered()));
        boolean beschut = file.flags().stream()
                .anyMatch(flag -> flag.flag() == DoelgroepFlag.BESCHUT_WERK && flag.holdsOn(day));
        return facts.withBeschutWerkIndication(beschut);
    }

    private CandidateFileDetail change(long id, BiConsumer<CandidateFile, CandidateFile.Acting> change) {
        CandidateFile file = require(id);
        change.accept(file, acting());
        return files.save(file).detail();
    }

    private CandidateFile require(long id) {
        return files.findById(id).orElseThrow(() -> InvalidInputException.of("file", "candidates.error.not-found"));
    }

    private CandidateFile.Acting acting() {
        return new CandidateFile.Acting(currentUser.require().username(), directory.region().id(), clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
