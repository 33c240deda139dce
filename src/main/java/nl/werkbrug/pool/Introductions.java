package nl.werkbrug.pool;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.werkbrug.candidates.CandidateFiles;
import nl.werkbrug.candidates.PoolContact;
import nl.werkbrug.candidates.PoolSources;
import nl.werkbrug.employer.EmployerOrganisations;
import nl.werkbrug.employer.EmployerSummary;
import nl.werkbrug.employer.Vacancies;
import nl.werkbrug.employer.VacancyDetail;
import nl.werkbrug.employer.VacancyStatus;
import nl.werkbrug.identity.CurrentUser;
import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.pool.internal.IntroductionStore;
import nl.werkbrug.pool.internal.IntroductionStore.NewIntroduction;
import nl.werkbrug.pool.internal.IntroductionStore.VisibleProfile;
import nl.werkbrug.pool.internal.OwnerContext;
import nl.werkbrug.pool.internal.ProfileStore;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.tenancy.CurrentTenant;
import nl.werkbrug.tenancy.TenantDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Introductions (issue 15, part 4): a consultant of another municipality or an employer's user asks for an
 * introduction to a profile they may see, with a vacancy or a message; the owning municipality's consultants see the
 * request in their inbox, ask the candidate and record the consent for that requester in the ledger, or decline. Only
 * then does the requester see the candidate's name, phone and e-mail, each time audited, and only while the candidate
 * still lets that requester's audience see the profile. Open requests expire after the owner's term
 * ({@link IntroductionExpiryJob}); a requester may withdraw an open request.
 */
@Service
public class Introductions {

    private static final String REQUESTER = "hasRole('EMPLOYER') or @tenantAccess.has('CONSULTANT')";
    private static final String OWNER = "@tenantAccess.has('CONSULTANT')";

    /** Who asks: the ledger's name for them, and their employer or municipality. */
    private record Requester(String key, @Nullable Long employerId, @Nullable String tenantId, String name) {
    }

    private final IntroductionStore store;
    private final ProfileStore profiles;
    private final OwnerContext owner;
    private final PoolSources sources;
    private final Vacancies vacancies;
    private final EmployerOrganisations employers;
    private final CurrentUser currentUser;
    private final CurrentTenant currentTenant;
    private final TenantDirectory directory;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Introductions(IntroductionStore store, ProfileStore profiles, OwnerContext owner, PoolSources sources,
                  Vacancies vacancies, EmployerOrganisations employers, CurrentUser currentUser,
                  CurrentTenant currentTenant, TenantDirectory directory, AuditLog audit,
                  ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.profiles = profiles;
        this.owner = owner;
        this.sources = sources;
        this.vacancies = vacancies;
        this.employers = employers;
        this.currentUser = currentUser;
        this.currentTenant = currentTenant;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Asks the owning municipality for an introduction to a profile the user may see now. */
    @PreAuthorize(REQUESTER)
    @Transactional
    public Introduction request(UUID profileId, IntroductionRequest request) {
        List<FieldProblem> problems = request.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Requester who = requester();
        VisibleProfile profile = store.visibleProfile(profileId)
                .orElseThrow(() -> InvalidInputException.of("profile", "pool.introduction.error.profile-gone"));
        if (profile.ownerTenant().equals(who.tenantId())) {
            throw InvalidInputException.of("profile", "pool.introduction.error.own-profile");
        }
        if (store.ofRequester(profileId, who.key()).stream().anyMatch(open -> open.state().open())) {
            throw InvalidInputException.of("message", "pool.introduction.error.open");
        }
        @Nullable VacancyDetail vacancy = request.vacancyId() == null ? null : vacancy(who, request.vacancyId());
        @Nullable Integer term = directory.require(profile.ownerTenant()).pool().introductionExpiresDays();
        UUID id = UUID.randomUUID();
        String actor = currentUser.require().username();
        store.insert(new NewIntroduction(id, directory.region().id(), profile.ownerTenant(), profileId,
                profile.pseudonym(), who.key(), who.employerId(), who.tenantId(), who.name(), actor,
                vacancy == null ? null : vacancy.id(), vacancy == null ? null : vacancy.title(),
                request.strippedMessage(), clock.instant(),
                term == null ? null : LocalDate.now(clock).plusDays(term)));
        events.publishEvent(new PoolEvent.IntroductionRequested(fileOf(profile.ownerTenant(), profileId), profileId,
                profile.ownerTenant(), directory.region().id(), actor, id, who.key()));
        return store.find(id).orElseThrow();
    }

    /** The user's own requests (their employer's or municipality's) for a profile, newest first. */
    @PreAuthorize(REQUESTER)
    @Transactional(readOnly = true)
    public List<Introduction> mine(UUID profileId) {
        return store.ofRequester(profileId, requester().key());
    }

    /** Withdraws an open request of the user's own organisation. */
    @PreAuthorize(REQUESTER)
    @Transactional
    public Introduction withdraw(UUID introductionId) {
        Requester who = requester();
        Introduction introduction = store.find(introductionId).filter(found -> found.requester().equals(who.key()))
                .orElseThrow(() -> InvalidInputException.of("introduction", "pool.introduction.error.not-found"));
        String actor = currentUser.require().username();
        move(introduction, IntroductionState.INGETROKKEN, actor, null);
        events.publishEvent(new PoolEvent.IntroductionWithdrawn(fileOf(introduction.ownerTenant(),
                introduction.profileId()), introduction.profileId(), introduction.ownerTenant(),
                directory.region().id(), actor, introductionId, who.key()));
        return store.find(introductionId).orElseThrow();
    }

    /**
     * The candidate's name, phone and e-mail for the requester, once the candidate consented to this introduction
     * and while the candidate still lets the requester's audience see the profile; every showing is audited in the
     * owning municipality. Empty otherwise.
     */
    @PreAuthorize(REQUESTER)
    @Transactional(readOnly = true)
    public Optional<RevealedCandidate> reveal(UUID introductionId) {
        Requester who = requester();
        Optional<Introduction> found = store.find(introductionId)
                .filter(introduction -> introduction.requester().equals(who.key())
                        && introduction.state() == IntroductionState.TOESTEMMING
                        && store.visibleProfile(introduction.profileId()).isPresent());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Introduction introduction = found.get();
        Optional<PoolContact> contact = owner.call(introduction.ownerTenant(), () ->
                store.requesterConsented(introduction.profileId(), who.key())
                        ? profiles.fileOf(introduction.profileId()).flatMap(sources::contact) : Optional.empty());
        contact.ifPresent(shown -> audit.record(AuditAction.POOL_IDENTITY_REVEALED, introduction.ownerTenant(),
                CandidateFiles.subject(shown.fileId()), "name, phone and e-mail shown to " + who.key()
                        + " (introduction " + introductionId + ", profile " + introduction.pseudonym() + ")"));
        return contact.map(shown -> new RevealedCandidate(introduction.pseudonym(), shown.name(), shown.phone(),
                shown.email()));
    }

    /** The open requests for the active municipality's profiles, oldest first. */
    @PreAuthorize(OWNER)
    @Transactional(readOnly = true)
    public List<Introduction> inbox() {
        return store.forOwner(currentTenant.require(), List.of(IntroductionState.AANGEVRAAGD));
    }

    /** A request for one of the active municipality's profiles. */
    @PreAuthorize(OWNER)
    @Transactional(readOnly = true)
    public Optional<Introduction> forOwner(UUID introductionId) {
        return ownRequest(introductionId);
    }

    /**
     * Records the candidate's consent to be introduced to the requester (a ledger line for that requester) and
     * answers the request with it: the requester may then see name and contact details.
     */
    @PreAuthorize(OWNER)
    @Transactional
    public Introduction consent(UUID introductionId, RequesterConsent consent) {
        return ledgerAnswer(introductionId, consent, IntroductionState.TOESTEMMING);
    }

    /**
     * Records that the candidate withdrew the consent to be introduced to this requester (a ledger line for that
     * requester): from the next query the requester no longer sees name and contact details, only the state.
     */
    @PreAuthorize(OWNER)
    @Transactional
    public Introduction withdrawConsent(UUID introductionId, RequesterConsent withdrawal) {
        return ledgerAnswer(introductionId, withdrawal, IntroductionState.TERUGGENOMEN);
    }

    /** Moves the request on and writes the ledger line for its requester: consent given, or (taken back) not. */
    private Introduction ledgerAnswer(UUID introductionId, RequesterConsent entry, IntroductionState next) {
        List<FieldProblem> problems = entry.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Introduction introduction = requireOwn(introductionId);
        String actor = currentUser.require().username();
        long fileId = java.util.Objects.requireNonNull(introduction.fileId());
        move(introduction, next, actor, null);
        profiles.append(fileId, introduction.profileId(), introduction.ownerTenant(), Audience.REQUESTER,
                introduction.requester(), next == IntroductionState.TOESTEMMING, entry.purpose().strip(),
                java.util.Objects.requireNonNull(entry.basis()), actor, clock.instant());
        answered(introduction, fileId, actor, next);
        return store.find(introductionId).orElseThrow();
    }

    /** The requests of the active municipality's profiles whose candidate consented, most recent first. */
    @PreAuthorize(OWNER)
    @Transactional(readOnly = true)
    public List<Introduction> consented() {
        return store.forOwner(currentTenant.require(), List.of(IntroductionState.TOESTEMMING)).reversed();
    }

    /** Declines the request (the candidate does not want it, or it does not fit); the requester sees the state only. */
    @PreAuthorize(OWNER)
    @Transactional
    public Introduction decline(UUID introductionId, @Nullable String note) {
        if (note != null && note.strip().length() > 300) {
            throw InvalidInputException.of("note", "pool.introduction.error.note-long");
        }
        Introduction introduction = requireOwn(introductionId);
        String actor = currentUser.require().username();
        move(introduction, IntroductionState.AFGEWEZEN, actor, note == null || note.isBlank() ? null : note.strip());
        answered(introduction, java.util.Objects.requireNonNull(introduction.fileId()), actor,
                IntroductionState.AFGEWEZEN);
        return store.find(introductionId).orElseThrow();
    }

    private void answered(Introduction introduction, long fileId, String actor, IntroductionState state) {
        events.publishEvent(new PoolEvent.IntroductionAnswered(fileId, introduction.profileId(),
                introduction.ownerTenant(), directory.region().id(), actor, introduction.id(),
                introduction.requester(), state));
    }

    private void move(Introduction introduction, IntroductionState next, String actor, @Nullable String note) {
        if (!introduction.state().canMoveTo(next)
                || !store.move(introduction.id(), introduction.state(), next, actor, clock.instant(), note)) {
            throw InvalidInputException.of("introduction", "pool.introduction.error.not-open");
        }
    }

    private Optional<Introduction> ownRequest(UUID introductionId) {
        String tenant = currentTenant.require();
        return store.find(introductionId).filter(introduction -> introduction.ownerTenant().equals(tenant));
    }

    private Introduction requireOwn(UUID introductionId) {
        return ownRequest(introductionId)
                .orElseThrow(() -> InvalidInputException.of("introduction", "pool.introduction.error.not-found"));
    }

    private long fileOf(String ownerTenant, UUID profileId) {
        return owner.call(ownerTenant, () -> profiles.fileOf(profileId)).orElseThrow(() ->
                new IllegalStateException("Profile " + profileId + " has no file in " + ownerTenant));
    }

    private VacancyDetail vacancy(Requester who, long vacancyId) {
        Optional<VacancyDetail> vacancy = who.employerId() != null ? vacancies.mine(vacancyId)
                : vacancies.publishedVacancy(vacancyId);
        return vacancy.filter(found -> found.status() == VacancyStatus.PUBLISHED)
                .orElseThrow(() -> InvalidInputException.of("vacancyId", "pool.introduction.error.vacancy"));
    }

    private Requester requester() {
        PortalUser user = currentUser.require();
        Optional<EmployerMembership> employer = user.employerMembership();
        if (employer.isPresent()) {
            long id = employer.get().employerId();
            String name = employers.mine().map(EmployerSummary::name).orElse("werkgever " + id);
            return new Requester("werkgever:" + id, id, null, name);
        }
        String tenant = currentTenant.require();
        return new Requester("gemeente:" + tenant, null, tenant, directory.require(tenant).name());
    }
}
