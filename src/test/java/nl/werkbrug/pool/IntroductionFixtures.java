package nl.werkbrug.pool;

import static nl.werkbrug.support.TestUsers.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import nl.werkbrug.shared.DutchTime;
import nl.werkbrug.candidates.CandidateFileDetail;
import nl.werkbrug.candidates.CandidateFiles;
import nl.werkbrug.candidates.CandidateFixtures;
import nl.werkbrug.employer.ContractType;
import nl.werkbrug.employer.EmployerOrganisations;
import nl.werkbrug.employer.Vacancies;
import nl.werkbrug.employer.VacancyDetail;
import nl.werkbrug.employer.VacancyDraft;
import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.identity.EmployerRole;
import nl.werkbrug.identity.LocalAccounts;
import nl.werkbrug.identity.NewLocalUser;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.identity.SystemTask;
import nl.werkbrug.identity.TenantRole;
import nl.werkbrug.support.TestUsers;

/**
 * Pool candidates and requesters for introduction tests, made through the modules' own services: a file opened by a
 * consultant with an account (and e-mail address) of its own, consent recorded in the ledger, a company of its own
 * with a published vacancy.
 */
public record IntroductionFixtures(CandidateFiles files, PoolConsents consents, EmployerOrganisations employers,
                            Vacancies vacancies, LocalAccounts accounts) {

    /** The fixtures over the services of the running portal. */
    public static IntroductionFixtures of(org.springframework.context.ApplicationContext portal) {
        return new IntroductionFixtures(portal.getBean(CandidateFiles.class), portal.getBean(PoolConsents.class),
                portal.getBean(EmployerOrganisations.class), portal.getBean(Vacancies.class),
                portal.getBean(LocalAccounts.class));
    }

    /** The password of the accounts made here, for logging in through the browser. */
    public static final String PASSWORD = "een-lang-wachtwoord-2026";

    /** A candidate in the pool of a municipality, with the consultant responsible for the file. */
    public record PoolCandidate(long fileId, UUID profileId, String pseudonym, String tenant, PortalUser consultant,
                         String consultantAddress, String name) {
    }

    /** A company's user and one published vacancy of the company. */
    public record Company(long id, PortalUser user, VacancyDetail vacancy) {
    }

    /** A file of the municipality in the pool for the audiences given, opened by a consultant made for it. */
    public PoolCandidate candidate(String tenant, String familyName, Audience... audiences) {
        String username = "pool-consulent-" + UUID.randomUUID().toString().substring(0, 8);
        String address = username + "@" + tenant + ".example";
        SystemTask.run(() -> accounts.ensureUser(new NewLocalUser(username, PASSWORD, "Consulent "
                + tenant, address, Map.of(tenant, Set.of(TenantRole.CONSULTANT)), Map.of(), null)));
        PortalUser consultant = TestUsers.consultant(username, tenant);
        CandidateFileDetail file = as(consultant, tenant,
                () -> files.open(null, CandidateFixtures.identity("Sanne", familyName)));
        PoolMembership membership = null;
        for (Audience audience : audiences) {
            membership = as(consultant, tenant, () -> consents.give(file.id(),
                    new ConsentEntry(audience, "Bemiddeling naar werk in de regio", ConsentBasis.SCHRIFTELIJK)));
        }
        return new PoolCandidate(file.id(), membership.profileId(), membership.pseudonym(), tenant, consultant,
                address, "Sanne " + familyName);
    }

    /** A company of its own with a user (who can log in) and a published vacancy for a welder. */
    public Company company() {
        String kvk = String.valueOf(90_000_000 + ThreadLocalRandom.current().nextInt(9_999_999));
        AtomicLong id = new AtomicLong();
        SystemTask.run(() -> id.set(employers.ensureRegistered(kvk, "Pooltest Metaal " + kvk, "Hengelo",
                new EmployerOrganisations.Contact("Karin Test", "karin@" + kvk + ".example", "074 000 0001"))));
        PortalUser user = employerUser(id.get());
        SystemTask.run(() -> accounts.ensureUser(new NewLocalUser(user.username(), PASSWORD, user.displayName(),
                null, Map.of(), Map.of(), user.employer())));
        VacancyDetail draft = as(user, () -> vacancies.create(new VacancyDraft("Lasser (m/v)",
                "Je last frames voor landbouwmachines.\n\nWe werken in dagdienst.", "7212", new BigDecimal("32"),
                "7554 RR", "Hengelo", ContractType.TEMPORARY, 12, LocalDate.now(DutchTime.ZONE).plusMonths(1),
                LocalDate.now(DutchTime.ZONE).plusMonths(2), "VCA", "lassen, slijpen", "Vaste collega als maatje", 2, true, true)));
        return new Company(id.get(), user, as(user, () -> vacancies.publish(draft.id())));
    }

    public static PortalUser employerUser(long employerId) {
        String username = "pool-werkgever-" + UUID.randomUUID().toString().substring(0, 8);
        return new PortalUser(username, username, Map.of(), Map.of(),
                new EmployerMembership(employerId, EmployerRole.EMPLOYER_ADMIN), null);
    }
}
