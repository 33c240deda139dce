package nl.werkbrug.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import nl.werkbrug.candidates.CandidateFiles;
import nl.werkbrug.candidates.PoolContact;
import nl.werkbrug.employer.Vacancies;
import nl.werkbrug.employer.VacancyDetail;
import nl.werkbrug.employer.VacancyFilter;
import nl.werkbrug.employer.VacancyStatus;
import nl.werkbrug.identity.CurrentUser;
import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.pool.PoolReferrals;
import nl.werkbrug.pool.ReferableProfile;
import nl.werkbrug.referrals.internal.AsPortal;
import nl.werkbrug.referrals.internal.ReferralStore;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.tenancy.CurrentTenant;
import nl.werkbrug.tenancy.TenantDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referral workflow (issue 9): consultants propose pool profiles for published vacancies and see what waits on
 * whom; the owning municipality agrees to another municipality's proposals; the employer works an inbox of its own
 * proposals. Each call checks the caller's part (row-level security lets only the parties see a referral at all);
 * the aggregate {@link Voordracht} guards the moves, and each move's events are published for the dashboards, the
 * audit trail and the lapses and placement that follow a hire.
 */
@Service
public class Referrals {

    private static final String CONSULTANT = "@tenantAccess.has('CONSULTANT')";
    private static final String EMPLOYER = "hasRole('EMPLOYER')";

    private final ReferralStore store;
    private final PoolReferrals pool;
    private final Vacancies vacancies;
    private final CurrentUser currentUser;
    private final CurrentTenant currentTenant;
    private final TenantDirectory directory;
    private final AsPortal portal;
    private final CandidateFiles files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Referrals(ReferralStore store, PoolReferrals pool, Vacancies vacancies, CurrentUser currentUser,
              CurrentTenant currentTenant, TenantDirectory directory, AsPortal portal,
              ApplicationEventPublisher events, Clock clock, CandidateFiles files) {
        this.files = files;
        this.store = store;
        this.pool = pool;
        this.vacancies = vacancies;
        this.currentUser = currentUser;
        this.currentTenant = currentTenant;
        this.directory = directory;
        this.portal = portal;
        this.events = events;
        this.clock = clock;
    }

    /** The region's published vacancies a consultant can propose a candidate for, by title. */
    @PreAuthorize(CONSULTANT)
    @Transactional(readOnly = true)
    public List<VacancyDetail> openVacancies() {
        return vacancies.published(VacancyFilter.none()).stream()
                .sorted(Comparator.comparing(VacancyDetail::title, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(VacancyDetail::id)).toList();
    }

    /**
     * Proposes a pool profile the consultant may see for a published vacancy. The candidate must let employers see
     * the profile; a profile of another municipality waits for its owner's agreement.
     */
    @PreAuthorize(CONSULTANT)
    @Transactional
    public Referral propose(UUID profileId, @Nullable Long vacancyId, @Nullable String motivation) {
        if (vacancyId == null) {
            throw InvalidInputException.of("vacancy", "referral.error.vacancy-required");
        }
        ReferableProfile profile = pool.referable(profileId)
                .orElseThrow(() -> InvalidInputException.of("profile", "referral.error.profile-gone"));
        if (!profile.employersMaySee()) {
            throw InvalidInputException.of("profile", "referral.error.no-employer-consent");
        }
        VacancyDetail vacancy = vacancies.publishedVacancy(vacancyId)
                .filter(found -> found.status() == VacancyStatus.PUBLISHED)
                .orElseThrow(() -> InvalidInputException.of("vacancy", "referral.error.vacancy"));
        Voordracht referral = Voordracht.propose(new Voordracht.Parties(UUID.randomUUID(), directory.region().id(),
                        profile.ownerTenant(), currentTenant.require(), vacancy.employerId(), vacancy.employerName(),
                        vacancy.id(), vacancy.title(), profileId, profile.pseudonym(), profile.fileId()),
                motivation, username(), clock.instant());
        try {
            store.insert(referral.current());
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("vacancy", "referral.error.open");
        }
        referral.events().forEach(events::publishEvent);
        return referral.current();
    }

    /** The referrals the consultant proposed in the active municipality, newest first. */
    @PreAuthorize(CONSULTANT)
    @Transactional(readOnly = true)
    public List<Referral> mine() {
        return store.proposedBy(currentTenant.require(), username());
    }

    /** Other municipalities' proposals of the active municipality's candidates that wait for its agreement. */
    @PreAuthorize(CONSULTANT)
    @Transactional(readOnly = true)
    public List<Referral> awaitingAgreement() {
        return store.ofOwner(currentTenant.require(), List.of(VoordrachtState.WACHT_OP_AKKOORD));
    }

    /** The owning municipality agrees to another municipality's proposal: it goes to the employer. */
    @PreAuthorize(CONSULTANT)
    @Transactional
    public Referral agree(UUID id) {
        return asOwner(id, referral -> referral.agree(username(), clock.instant()));
    }

    /** The owning municipality does not agree to another municipality's proposal. */
    @PreAuthorize(CONSULTANT)
    @Transactional
    public Referral refuseAgreement(UUID id, @Nullable String note) {
        return asOwner(id, referral -> referral.refuseAgreement(note, username(), clock.instant()));
    }

    /** The proposing consultant withdraws an open proposal. */
    @PreAuthorize(CONSULTANT)
    @Transactional
    public Referral withdraw(UUID id) {
        String tenant = currentTenant.require();
        return move(id, found -> found.proposerTenant().equals(tenant),
                referral -> referral.withdraw(username(), clock.instant()));
    }

    /** The hires behind a file of the active municipality, newest first (for the file's screen). */
    @PreAuthorize(CONSULTANT)
    @Transactional(readOnly = true)
    public List<Referral> placementsOf(long fileId) {
        String tenant = currentTenant.require();
        return store.placementsOf(fileId).stream().filter(found -> found.ownerTenant().equals(tenant)).toList();
    }

    /** The employer's proposals, newest first. */
    @PreAuthorize(EMPLOYER)
    @Transactional(readOnly = true)
    public List<Referral> inbox() {
        return store.ofEmployer(employerId());
    }

    /** One of the employer's proposals; opening a new one marks it as seen. Empty: not the employer's. */
    @PreAuthorize(EMPLOYER)
    @Transactional
    public Optional<Referral> open(UUID id) {
        long employer = employerId();
        Optional<Referral> found = store.find(id).filter(referral -> referral.employerId() == employer);
        if (found.isPresent() && found.get().state() == VoordrachtState.VOORGESTELD) {
            return Optional.of(move(id, referral -> true, referral -> referral.view(username(), clock.instant())));
        }
        return found;
    }

    /** The employer invites the candidate for a talk; the employer then sees name and contact details. */
    @PreAuthorize(EMPLOYER)
    @Transactional
    public Referral invite(UUID id) {
        return asEmployer(id, referral -> referral.invite(username(), clock.instant()));
    }

    /** The employer rejects the candidate with a reason. */
    @PreAuthorize(EMPLOYER)
    @Transactional
    public Referral reject(UUID id, @Nullable AfwijzingsReden reason, @Nullable String note) {
        return asEmployer(id, referral -> referral.reject(reason, note, username(), clock.instant()));
    }

    /**
     * The employer hires the invited candidate. Refused when the candidate is hired elsewhere already; two hires at
     * the same moment are kept apart by the database (one hire per profile), the second is refused the same way.
     */
    @PreAuthorize(EMPLOYER)
    @Transactional
    public Referral hire(UUID id, Plaatsing placement) {
        Referral found = store.find(id).filter(referral -> referral.employerId() == employerId())
                .orElseThrow(() -> InvalidInputException.of("referral", "referral.error.not-found"));
        boolean placedElsewhere = portal.in(found.ownerTenant(), () -> store
                .ofProfile(found.profileId(), List.of(VoordrachtState.AANGENOMEN)).stream()
                .anyMatch(other -> !other.id().equals(id)));
        boolean doelgroepregister = placement.start() != null && portal.in(found.ownerTenant(),
                () -> files.inDoelgroepregister(found.fileId(), Objects.requireNonNull(placement.start())));
        try {
            return asEmployer(id, referral -> referral.hire(placement, placedElsewhere, doelgroepregister, username(),
                    clock.instant(), LocalDate.now(clock)));
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("referral", "referral.error.placed-elsewhere");
        }
    }

    /**
     * The candidate's name, phone and e-mail for the employer once it invited the candidate (the owning municipality
     * agreed to the proposal, which is the candidate's consent to be introduced); audited in the owning municipality.
     * Empty before the invitation, and before a hire once the candidate no longer lets employers see the profile.
     */
    @PreAuthorize(EMPLOYER)
    @Transactional(readOnly = true)
    public Optional<PoolContact> contact(UUID id) {
        long employer = employerId();
        return store.find(id).filter(referral -> referral.employerId() == employer
                        && (referral.state() == VoordrachtState.UITGENODIGD
                        || referral.state() == VoordrachtState.AANGENOMEN))
                .flatMap(referral -> pool.contact(referral.ownerTenant(), referral.profileId(), referral.fileId(),
                        referral.state() == VoordrachtState.AANGENOMEN, "werkgever:" + employer,
                        "voordracht " + id + ", profiel " + referral.pseudonym()));
    }

    private Referral asOwner(UUID id, Consumer<Voordracht> change) {
        String tenant = currentTenant.require();
        return move(id, found -> found.ownerTenant().equals(tenant), change);
    }

    private Referral asEmployer(UUID id, Consumer<Voordracht> change) {
        long employer = employerId();
        return move(id, found -> found.employerId() == employer, change);
    }

    private Referral move(UUID id, java.util.function.Predicate<Referral> party, Consumer<Voordracht> change) {
        Voordracht referral = Voordracht.of(store.find(id).filter(party)
                .orElseThrow(() -> InvalidInputException.of("referral", "referral.error.not-found")));
        change.accept(referral);
        if (!store.moved(referral)) {
            throw InvalidInputException.of("referral", "referral.error.state");
        }
        referral.events().forEach(events::publishEvent);
        return referral.current();
    }

    private long employerId() {
        return currentUser.require().employerMembership().map(EmployerMembership::employerId)
                .orElseThrow(() -> new AccessDeniedException("not an employer's user"));
    }

    private String username() {
        return currentUser.require().username();
    }
}
