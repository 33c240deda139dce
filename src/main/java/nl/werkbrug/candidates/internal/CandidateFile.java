package nl.werkbrug.candidates.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import nl.werkbrug.candidates.Benefit;
import nl.werkbrug.candidates.CandidateEvent;
import nl.werkbrug.candidates.CandidateEvent.CandidateFileAnonymised;
import nl.werkbrug.candidates.CandidateEvent.CandidateFileOpened;
import nl.werkbrug.candidates.CandidateEvent.CandidateFileTransferred;
import nl.werkbrug.candidates.CandidateEvent.LadderRungRecorded;
import nl.werkbrug.candidates.CandidateEvent.OutflowLastingRecorded;
import nl.werkbrug.candidates.CandidateEvent.OutflowRecorded;
import nl.werkbrug.candidates.CandidateEvent.TrajectoryEnded;
import nl.werkbrug.candidates.CandidateEvent.TrajectoryStarted;
import nl.werkbrug.candidates.CandidateFileDetail;
import nl.werkbrug.candidates.CandidateFileSummary;
import nl.werkbrug.candidates.CandidateIdentity;
import nl.werkbrug.candidates.Diagnosis;
import nl.werkbrug.candidates.CandidateProfile;
import nl.werkbrug.candidates.EducationLevel;
import nl.werkbrug.candidates.FileEntry;
import nl.werkbrug.candidates.FileStatus;
import nl.werkbrug.candidates.OutflowReason;
import nl.werkbrug.candidates.TrajectoryStatus;
import nl.werkbrug.catalogue.Applicability;
import nl.werkbrug.platform.BsnVault;
import nl.werkbrug.platform.BsnVault.ProtectedBsn;
import nl.werkbrug.shared.Bsn;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.shared.Postcode;
import nl.werkbrug.tenancy.TenantOwnedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * A candidate's file, owned by the municipality of residence: the aggregate. Entries are only added through the
 * methods below, each checking its input against the file (nothing after the file closed, nothing dated in the
 * future, no second open deployment of the same instrument) and registering the event others care about. The
 * participatieladder history is append-only; the current rung is the rung of the latest assessment.
 */
@Entity
@Table(name = "candidate_file")
public class CandidateFile extends TenantOwnedEntity {

    /** Who acts, in which region, and the clock that dates what they do. */
    public record Acting(String username, String regionId, Clock clock) {

        public LocalDate today() {
            return LocalDate.now(clock);
        }
    }

    /** How long after the outflow it can be told whether it lasted. */
    static final int LASTING_AFTER_MONTHS = 6;

    @Column(name = "file_number", nullable = false)
    private String fileNumber = "";
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private FileStatus status = FileStatus.OPEN;

    @Column(name = "given_name", nullable = false)
    private String givenName = "";
    @Column(name = "family_name", nullable = false)
    private String familyName = "";
    /** The BSN sealed by {@link BsnVault}; with its blind index and masked form, never the number itself. */
    @Column(name = "bsn_sealed")
    private @Nullable String bsnSealed;
    @Column(name = "bsn_index")
    private @Nullable String bsnIndex;
    @Column(name = "bsn_masked")
    private @Nullable String bsnMasked;
    @Column(name = "birth_date")
    private @Nullable LocalDate birthDate;
    @Column(name = "street")
    private @Nullable String street;
    @Column(name = "house_number")
    private @Nullable String houseNumber;
    @Column(name = "postcode")
    private @Nullable String postcode;
    @Column(name = "city")
    private @Nullable String city;
    @Column(name = "phone")
    private @Nullable String phone;
    @Column(name = "email")
    private @Nullable String email;
    @Enumerated(EnumType.STRING)
    @Column(name = "benefit")
    private @Nullable Benefit benefit;
    @Column(name = "benefit_since")
    private @Nullable LocalDate benefitSince;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "isco_codes", nullable = false)
    private List<String> iscoCodes = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "skills", nullable = false)
    private List<String> skills = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    @Column(name = "education")
    private @Nullable EducationLevel education;
    @Column(name = "driving_licence", nullable = false)
    private boolean drivingLicence;
    @Column(name = "hours_per_week")
    private @Nullable Integer hoursPerWeek;
    @Column(name = "available_from")
    private @Nullable LocalDate availableFrom;
    @Column(name = "travel_km")
    private @Nullable Integer travelKm;
    @Column(name = "motivation")
    private @Nullable String motivation;
    @Column(name = "skills_profile")
    private @Nullable String skillsProfile;

    @Column(name = "consultant_username")
    private @Nullable String consultantUsername;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "involved", nullable = false)
    private List<String> involved = new ArrayList<>();

    @Column(name = "ladder_rung")
    private @Nullable Integer ladderRung;
    @Column(name = "last_contact_on")
    private @Nullable LocalDate lastContactOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "trajectory_status", nullable = false)
    private TrajectoryStatus trajectoryStatus = TrajectoryStatus.NONE;
    @Column(name = "closed_on")
    private @Nullable LocalDate closedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "outflow_reason")
    private @Nullable OutflowReason outflowReason;
    @Column(name = "outflow_lasted")
    private @Nullable Boolean outflowLasted;
    @Column(name = "anonymised_on")
    private @Nullable LocalDate anonymisedOn;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy = "";
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "file_id", nullable = false, updatable = false)
    @OrderBy("assessedOn, recordedAt")
    private List<LadderStepRecord> ladder = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "file_id", nullable = false, updatable = false)
    @OrderBy("validFrom, id")
    private List<FlagRecord> flags = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "file_id", nullable = false, updatable = false)
    @OrderBy("validFrom, id")
    private List<ObligationRecord> obligations = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "file_id", nullable = false, updatable = false)
    @OrderBy("validFrom, id")
    private List<ObstacleRecord> obstacles = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "file_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<LanguageRecord> languages = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "file_id", nullable = false, updatable = false)
    @OrderBy("handedOverAt")
    private List<HandoverRecord> handovers = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "file_id", nullable = false, updatable = false)
    @OrderBy("startOn, id")
    private List<DeploymentRecord> deployments = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "file_id", nullable = false, updatable = false)
    @OrderBy("heldOn, id")
    private List<IntakeRecord> intakes = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "file_id", nullable = false, updatable = false)
    @OrderBy("heldOn desc, id desc")
    private List<ContactRecord> contacts = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "file_id", nullable = false, updatable = false)
    @OrderBy("dueOn, id")
    private List<AgreementRecord> agreements = new ArrayList<>();

    @Transient
    private final List<CandidateEvent> events = new ArrayList<>();

    protected CandidateFile() {
    }

    /**
     * Opens a file with the consultant who opens it as the responsible one. The file number is the municipality's
     * own client number, or given from the id once saved ({@link #numberFromId}) when it has none.
     */
    public CandidateFile(@Nullable String fileNumber, CandidateIdentity identity, Function<Bsn, ProtectedBsn> vault,
                         Acting by) {
        require(identity.problems(by.today()));
        String number = blankToNull(fileNumber);
        this.fileNumber = number == null ? "" : number;
        this.consultantUsername = by.username();
        this.createdBy = by.username();
        this.createdAt = by.clock().instant();
        apply(identity, vault);
        touched(by);
    }

    /** Gives a file opened without a number its number, once the id is known; registers that it was opened. */
    public void opened(Acting by) {
        if (fileNumber.isEmpty()) {
            fileNumber = "W" + id();
        }
        events.add(new CandidateFileOpened(id(), tenantId(), by.regionId(), by.username()));
    }

    public void editIdentity(CandidateIdentity identity, Function<Bsn, ProtectedBsn> vault, Acting by) {
        requireOpen();
        require(identity.problems(by.today()));
        apply(identity, vault);
        touched(by);
        events.add(new CandidateEvent.CandidateIdentityChanged(id(), tenantId(), by.regionId(), by.username()));
    }

    /** Takes the identity; the BSN is stored only as {@code vault} seals it. */
    private void apply(CandidateIdentity identity, Function<Bsn, ProtectedBsn> vault) {
        givenName = identity.givenName().strip();
        familyName = identity.familyName().strip();
        ProtectedBsn bsn = vault.apply(Bsn.parse(identity.bsn()));
        bsnSealed = bsn.sealed();
        bsnIndex = bsn.index();
        bsnMasked = bsn.masked();
        birthDate = identity.birthDate();
        street = blankToNull(identity.street());
        houseNumber = blankToNull(identity.houseNumber());
        postcode = identity.postcode() == null || identity.postcode().isBlank() ? null
                : Postcode.parse(identity.postcode()).value();
        city = blankToNull(identity.city());
        phone = blankToNull(identity.phone());
        email = blankToNull(identity.email());
        benefit = identity.benefit();
        benefitSince = identity.benefitSince();
    }

    public void editProfile(CandidateProfile profile, Acting by) {
        requireOpen();
        require(profile.problems());
        iscoCodes = new ArrayList<>(profile.iscoCodes());
        skills = new ArrayList<>(profile.skills());
        education = profile.education();
        drivingLicence = profile.drivingLicence();
        hoursPerWeek = profile.hoursPerWeek();
        availableFrom = profile.availableFrom();
        travelKm = profile.travelKm();
        motivation = blankToNull(profile.motivation());
        skillsProfile = blankToNull(profile.skillsProfile());
        languages.clear();
        profile.languages().forEach(language -> languages.add(
                new LanguageRecord(language.language().strip(), java.util.Objects.requireNonNull(language.level()))));
        touched(by);
        events.add(new CandidateEvent.CandidateProfileChanged(id(), tenantId(), by.regionId(), by.username()));
    }

    /** Records an assessment on the participatieladder; the latest assessment sets the current rung. */
    public void recordRung(FileEntry.LadderAssessment assessment, Acting by) {
        requireOpen();
        require(assessment.problems(by.today()));
        LocalDate on = java.util.Objects.requireNonNull(assessment.assessedOn());
        if (birthDate != null && on.isBefore(birthDate)) {
            throw InvalidInputException.of("assessedOn", "candidates.error.before-birth");
        }
        Integer previous = ladderRung;
        ladder.add(new LadderStepRecord(java.util.Objects.requireNonNull(assessment.rung()), on, by.username(),
                blankToNull(assessment.note()), by.clock().instant()));
        ladder.sort(Comparator.comparing(LadderStepRecord::assessedOn).thenComparing(LadderStepRecord::recordedAt));
        ladderRung = ladder.getLast().rung();
        touched(by);
        events.add(new LadderRungRecorded(id(), tenantId(), by.regionId(), by.username(), previous, ladderRung));
    }

    public void addFlag(FileEntry.FlagEntry entry, Acting by) {
        requireOpen();
        require(entry.problems(by.today()));
        LocalDate from = java.util.Objects.requireNonNull(entry.from());
        boolean overlaps = flags.stream().anyMatch(flag -> flag.flag() == entry.flag()
                && (flag.validUntil() == null || !flag.validUntil().isBefore(from)));
        if (overlaps) {
            throw InvalidInputException.of("flag", "candidates.error.flag-open");
        }
        flags.add(new FlagRecord(java.util.Objects.requireNonNull(entry.flag()), from, entry.until(),
                blankToNull(entry.basis()), by.username()));
        touched(by);
        events.add(new CandidateEvent.DoelgroepFlagChanged(id(), tenantId(), by.regionId(), by.username(),
                java.util.Objects.requireNonNull(entry.flag()), false));
    }

    public void endFlag(long flagId, LocalDate until, Acting by) {
        requireOpen();
        FlagRecord flag = find(flags, flagId);
        if (until.isBefore(flag.validFrom())) {
            throw InvalidInputException.of("until", "candidates.error.end-before-start");
        }
        flag.end(until);
        touched(by);
        events.add(new CandidateEvent.DoelgroepFlagChanged(id(), tenantId(), by.regionId(), by.username(),
                flag.flag(), true));
    }

    /**
     * Records the work obligation from a day on. The one in force until then ends the day before, so the history
     * shows each period; nothing recorded earlier is overwritten.
     */
    public void recordObligation(FileEntry.ObligationEntry entry, Acting by) {
        requireOpen();
        require(entry.problems(by.today()));
        LocalDate from = java.util.Objects.requireNonNull(entry.from());
        for (ObligationRecord earlier : obligations) {
            if (!earlier.validFrom().isBefore(from)) {
                throw InvalidInputException.of("from", "candidates.error.obligation-order", earlier.validFrom());
            }
            if (earlier.validUntil() == null || !earlier.validUntil().isBefore(from)) {
                earlier.end(from.minusDays(1));
            }
        }
        obligations.add(new ObligationRecord(java.util.Objects.requireNonNull(entry.kind()), blankToNull(entry.reason()),
                from, entry.until(), by.username()));
        touched(by);
    }

    public void addObstacles(FileEntry.ObstacleEntry entry, Acting by) {
        requireOpen();
        require(entry.problems(by.today()));
        LocalDate from = java.util.Objects.requireNonNull(entry.from());
        List<FieldProblem> problems = entry.obstacles().stream()
                .filter(obstacle -> obstacles.stream().anyMatch(known -> known.obstacle() == obstacle
                        && known.validUntil() == null))
                .map(obstacle -> FieldProblem.of("obstacles", "candidates.error.obstacle-open", obstacle.labelKey()))
                .toList();
        require(problems);
        entry.obstacles().stream().sorted().forEach(obstacle ->
                obstacles.add(new ObstacleRecord(obstacle, from, null, by.username())));
        touched(by);
    }

    public void endObstacle(long obstacleId, LocalDate until, Acting by) {
        requireOpen();
        ObstacleRecord obstacle = find(obstacles, obstacleId);
        if (until.isBefore(obstacle.validFrom())) {
            throw InvalidInputException.of("until", "candidates.error.end-before-start");
        }
        if (until.isAfter(by.today())) {
            throw InvalidInputException.of("until", "candidates.error.date-future");
        }
        obstacle.end(until);
        touched(by);
    }

    /** The instrument chosen from the catalogue and the catalogue's verdict on this candidate. */
    public record Instrument(String code, String name, Applicability.Outcome applicability) {
    }

    /**
     * Plans an instrument. One the catalogue says does not apply is refused: the consultant is shown why and can
     * choose another (a departure from the catalogue is a maatwerk decision, not a trajectory entry).
     */
    public void planDeployment(FileEntry.DeploymentPlan plan, Instrument instrument, Acting by) {
        requireOpen();
        require(plan.problems(by.today()));
        if (instrument.applicability() == Applicability.Outcome.DOES_NOT_APPLY) {
            throw InvalidInputException.of("instrumentCode", "candidates.error.instrument-does-not-apply");
        }
        if (deployments.stream().anyMatch(d -> d.instrumentCode().equals(instrument.code()) && d.endedOn() == null)) {
            throw InvalidInputException.of("instrumentCode", "candidates.error.instrument-running");
        }
        DeploymentRecord deployment = new DeploymentRecord(instrument.code(), instrument.name(),
                instrument.applicability(), blankToNull(plan.provider()), java.util.Objects.requireNonNull(plan.start()),
                plan.plannedEnd(), null, plan.cost(), null, by.username());
        deployments.add(deployment);
        trajectoryStatus = TrajectoryStatus.ACTIVE;
        touched(by);
        events.add(new TrajectoryStarted(id(), tenantId(), by.regionId(), by.username(), instrument.code()));
    }

    public void endDeployment(long deploymentId, FileEntry.DeploymentEnd end, Acting by) {
        requireOpen();
        require(end.problems(by.today()));
        DeploymentRecord deployment = find(deployments, deploymentId);
        if (deployment.endedOn() != null) {
            throw InvalidInputException.of("endedOn", "candidates.error.deployment-ended");
        }
        LocalDate on = java.util.Objects.requireNonNull(end.endedOn());
        if (on.isBefore(deployment.startOn())) {
            throw InvalidInputException.of("endedOn", "candidates.error.end-before-start");
        }
        deployment.end(on, end.outcome().strip());
        trajectoryStatus = deployments.stream().anyMatch(d -> d.endedOn() == null) ? TrajectoryStatus.ACTIVE
                : TrajectoryStatus.ENDED;
        touched(by);
        events.add(new TrajectoryEnded(id(), tenantId(), by.regionId(), by.username(), deploymentId,
                deployment.instrumentCode()));
    }

    public void recordIntake(FileEntry.IntakeEntry entry, Acting by) {
        requireOpen();
        require(entry.problems(by.today()));
        intakes.add(new IntakeRecord(java.util.Objects.requireNonNull(entry.heldOn()),
                entry.diagnoses().stream().sorted().map(Enum::name).toList(),
                java.util.Objects.requireNonNull(entry.outcome()), blankToNull(entry.note()), by.username()));
        touched(by);
    }

    public void recordContact(FileEntry.ContactEntry entry, Acting by) {
        requireOpen();
        require(entry.problems(by.today()));
        LocalDate on = java.util.Objects.requireNonNull(entry.heldOn());
        contacts.add(new ContactRecord(java.util.Objects.requireNonNull(entry.kind()), on, entry.note().strip(),
                by.username()));
        if (lastContactOn == null || on.isAfter(lastContactOn)) {
            lastContactOn = on;
        }
        touched(by);
    }

    public void addAgreement(FileEntry.AgreementEntry entry, Acting by) {
        requireOpen();
        require(entry.problems(by.today()));
        agreements.add(new AgreementRecord(entry.description().strip(), java.util.Objects.requireNonNull(entry.dueOn()),
                null, by.username()));
        touched(by);
    }

    public void completeAgreement(long agreementId, Acting by) {
        requireOpen();
        AgreementRecord agreement = find(agreements, agreementId);
        if (agreement.doneOn() == null) {
            agreement.done(by.today());
            touched(by);
        }
    }

    /** Hands the file to a colleague of the same municipality; the handover note goes with it. */
    public void transfer(FileEntry.Handover handover, Acting by) {
        requireOpen();
        require(handover.problems(by.today()));
        if (handover.toUsername().equals(consultantUsername)) {
            throw InvalidInputException.of("toUsername", "candidates.error.colleague-same");
        }
        String from = consultantUsername;
        handovers.add(new HandoverRecord(from, handover.toUsername(), handover.note().strip(), by.clock().instant()));
        consultantUsername = handover.toUsername();
        involved.remove(handover.toUsername());
        touched(by);
        events.add(new CandidateFileTransferred(id(), tenantId(), by.regionId(), by.username(), from,
                handover.toUsername()));
    }

    /** Adds or removes a consultant who is involved without being responsible. */
    public void involve(String username, boolean involvedNow, Acting by) {
        requireOpen();
        if (involvedNow && !username.equals(consultantUsername) && !involved.contains(username)) {
            involved.add(username);
        } else if (!involvedNow) {
            involved.remove(username);
        }
        touched(by);
    }

    /** The candidate left the caseload: running deployments end that day and the file closes. */
    public void recordOutflow(FileEntry.OutflowEntry entry, Acting by) {
        requireOpen();
        require(entry.problems(by.today()));
        LocalDate on = java.util.Objects.requireNonNull(entry.on());
        if (birthDate != null && on.isBefore(birthDate)) {
            throw InvalidInputException.of("on", "candidates.error.before-birth");
        }
        for (DeploymentRecord deployment : deployments) {
            if (deployment.endedOn() == null) {
                if (on.isBefore(deployment.startOn())) {
                    throw InvalidInputException.of("on", "candidates.error.outflow-before-deployment",
                            deployment.instrumentName(), deployment.startOn());
                }
                deployment.end(on, "uitstroom");
                events.add(new TrajectoryEnded(id(), tenantId(), by.regionId(), by.username(), deployment.id(),
                        deployment.instrumentCode()));
            }
        }
        if (!deployments.isEmpty()) {
            trajectoryStatus = TrajectoryStatus.ENDED;
        }
        status = FileStatus.CLOSED;
        closedOn = on;
        outflowReason = entry.reason();
        touched(by);
        events.add(new OutflowRecorded(id(), tenantId(), by.regionId(), by.username(),
                java.util.Objects.requireNonNull(entry.reason())));
    }

    /** The first day it can be told whether the outflow lasted: six months after it. */
    public Optional<LocalDate> lastingKnownFrom() {
        return Optional.ofNullable(closedOn).map(day -> day.plusMonths(LASTING_AFTER_MONTHS));
    }

    /** Records, six months after the outflow, whether it lasted. */
    public void recordLasting(boolean lasted, Acting by) {
        if (status != FileStatus.CLOSED || outflowReason == null || anonymisedOn != null) {
            throw InvalidInputException.of("lasted", "candidates.error.no-outflow");
        }
        LocalDate from = lastingKnownFrom().orElseThrow();
        if (by.today().isBefore(from)) {
            throw InvalidInputException.of("lasted", "candidates.error.lasting-too-early", from);
        }
        outflowLasted = lasted;
        touched(by);
        events.add(new OutflowLastingRecorded(id(), tenantId(), by.regionId(), by.username(), outflowReason, lasted));
    }

    /**
     * Removes the personal data of a closed file whose retention term passed: identity, contact details, notes and
     * free texts go; the facts the dashboards count (rungs, dates, codes, outflow) stay without a person behind them.
     */
    public void anonymise(Acting by) {
        if (status != FileStatus.CLOSED || anonymisedOn != null) {
            throw new IllegalStateException("Only a closed file is anonymised, once");
        }
        givenName = "";
        familyName = "";
        bsnSealed = null;
        bsnIndex = null;
        bsnMasked = null;
        birthDate = birthDate == null ? null : birthDate.withDayOfYear(1);
        street = null;
        houseNumber = null;
        postcode = postcode == null ? null : postcode.substring(0, 4);
        city = null;
        phone = null;
        email = null;
        skills.clear();
        motivation = null;
        skillsProfile = null;
        ladder.forEach(LadderStepRecord::anonymise);
        flags.forEach(FlagRecord::anonymise);
        obligations.forEach(ObligationRecord::anonymise);
        deployments.forEach(DeploymentRecord::anonymise);
        intakes.forEach(IntakeRecord::anonymise);
        contacts.forEach(ContactRecord::anonymise);
        agreements.forEach(AgreementRecord::anonymise);
        handovers.forEach(HandoverRecord::anonymise);
        anonymisedOn = by.today();
        touched(by);
        events.add(new CandidateFileAnonymised(id(), tenantId(), by.regionId(), by.username()));
    }

    private void requireOpen() {
        if (status != FileStatus.OPEN) {
            throw InvalidInputException.of("file", "candidates.error.file-closed");
        }
    }

    private static void require(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static <T extends FileChild> T find(Collection<T> entries, long id) {
        return entries.stream().filter(entry -> entry.id() == id).findFirst()
                .orElseThrow(() -> InvalidInputException.of("file", "candidates.error.entry-unknown"));
    }

    private void touched(Acting by) {
        updatedAt = by.clock().instant();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * For files taken over from elsewhere (demo caseloads, a migration): forgets the events the entries registered,
     * since the import is audited once as a whole instead of once per entry.
     */
    public void forgetEventsOfImport() {
        events.clear();
    }

    @DomainEvents
    List<CandidateEvent> events() {
        return List.copyOf(events);
    }

    @AfterDomainEventPublication
    void clearEvents() {
        events.clear();
    }

    /** The sealed BSN, for {@link BsnVault#reveal}. */
    public @Nullable String bsnSealed() {
        return bsnSealed;
    }

    /** The BSN's blind index, by which records of the same person are found. */
    public @Nullable String bsnIndex() {
        return bsnIndex;
    }

    /** The file as its municipality's consultants read it, with the BSN masked. */
    public CandidateFileDetail detail() {
        return new CandidateFileDetail(id(), tenantId(), fileNumber, status, givenName, familyName,
                bsnMasked == null ? "" : bsnMasked, birthDate, text(street), text(houseNumber), text(postcode),
                text(city), text(phone), text(email), benefit, benefitSince, profile(), consultantUsername,
                List.copyOf(involved), ladderRung,
                ladder.stream().map(step -> new CandidateFileDetail.LadderStep(step.rung(), step.assessedOn(),
                        step.assessor(), text(step.note()))).toList(),
                flags.stream().map(flag -> new CandidateFileDetail.FlagLine(flag.id(), flag.flag(), flag.validFrom(),
                        flag.validUntil(), text(flag.basis()), flag.recordedBy())).toList(),
                obligations.stream().map(o -> new CandidateFileDetail.ObligationLine(o.id(), o.kind(), text(o.reason()),
                        o.validFrom(), o.validUntil(), o.recordedBy())).toList(),
                obstacles.stream().map(o -> new CandidateFileDetail.ObstacleLine(o.id(), o.obstacle(), o.validFrom(),
                        o.validUntil(), o.recordedBy())).toList(),
                deployments.stream().map(d -> new CandidateFileDetail.DeploymentLine(d.id(), d.instrumentCode(),
                        d.instrumentName(), d.applicability(), text(d.provider()), d.startOn(), d.plannedEndOn(),
                        d.endedOn(), d.cost(), text(d.outcome()), d.plannedBy())).toList(),
                intakes.stream().map(i -> new CandidateFileDetail.IntakeLine(i.id(), i.heldOn(),
                        i.diagnosis().stream().map(Diagnosis::valueOf).collect(java.util.stream.Collectors.toSet()),
                        i.outcome(), text(i.note()), i.recordedBy())).toList(),
                contacts.stream().map(c -> new CandidateFileDetail.ContactLine(c.id(), c.kind(), c.heldOn(), c.note(),
                        c.recordedBy())).toList(),
                agreements.stream().map(a -> new CandidateFileDetail.AgreementLine(a.id(), a.description(), a.dueOn(),
                        a.doneOn(), a.recordedBy())).toList(),
                handovers.stream().map(h -> new CandidateFileDetail.HandoverLine(h.fromUsername(), h.toUsername(),
                        h.note(), h.handedOverAt())).toList(),
                lastContactOn, trajectoryStatus, closedOn, outflowReason, outflowLasted, anonymisedOn,
                openedOn(), createdBy);
    }

    /** What the candidate can and wants. */
    public CandidateProfile profile() {
        return new CandidateProfile(iscoCodes, skills, education,
                languages.stream().map(l -> new CandidateProfile.LanguageSkill(l.language(), l.level())).toList(),
                drivingLicence, hoursPerWeek, availableFrom, travelKm, text(motivation), text(skillsProfile));
    }

    /** The caseload line; {@code contactDue}: the last day a contact counts as recent (none: no interval set). */
    public CandidateFileSummary summary(@Nullable LocalDate contactDue) {
        boolean notSeen = contactDue != null && status == FileStatus.OPEN
                && (lastContactOn == null ? openedOn().isBefore(contactDue) : lastContactOn.isBefore(contactDue));
        return new CandidateFileSummary(id(), fileNumber, givenName + " " + familyName, ladderRung,
                consultantUsername, lastContactOn, trajectoryStatus, status, openedOn(), notSeen);
    }

    /** The day the file was opened, in Dutch time. */
    public LocalDate openedOn() {
        return LocalDate.ofInstant(createdAt, nl.werkbrug.shared.DutchTime.ZONE);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
