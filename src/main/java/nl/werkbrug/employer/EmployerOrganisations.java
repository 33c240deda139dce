package nl.werkbrug.employer;

import java.time.Clock;
import java.util.Optional;

import nl.werkbrug.employer.internal.EmployerOrganisation;
import nl.werkbrug.employer.internal.EmployerOrganisationRepository;
import nl.werkbrug.identity.CurrentUser;
import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.tenancy.TenantDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Employer organisations of the region. */
@Service
public class EmployerOrganisations {

    private final EmployerOrganisationRepository organisations;
    private final CurrentUser currentUser;
    private final TenantDirectory directory;

    private final Clock clock;

    EmployerOrganisations(EmployerOrganisationRepository organisations, CurrentUser currentUser, TenantDirectory directory,
                          Clock clock) {
        this.clock = clock;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.directory = directory;
    }

    /**
     * Registers the organisation unless one with this KvK number exists; returns its id. The contact person gets the
     * municipalities' mail about the organisation's requests.
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public long ensureRegistered(String kvkNumber, String name, @Nullable String place, Contact contact) {
        return organisations.findByKvkNumber(kvkNumber)
                .orElseGet(() -> organisations.save(new EmployerOrganisation(directory.region().id(), kvkNumber, name, place,
                        clock.instant()).withContact(contact.name(), contact.email(), contact.phone())))
                .id();
    }

    /** The contact person of an organisation. */
    public record Contact(String name, String email, String phone) {
    }

    /** One organisation of the region, for system work such as mail from an event listener. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public Optional<EmployerSummary> find(long employerId) {
        return organisations.findById(employerId).map(EmployerOrganisation::summary);
    }

    /** The organisations of the region by name, for a municipality's SROI officer choosing a contractor. */
    @PreAuthorize("@tenantAccess.has('SROI_OFFICER')")
    @Transactional(readOnly = true)
    public java.util.List<EmployerSummary> ofRegion() {
        return organisations.findAll().stream().map(EmployerOrganisation::summary)
                .sorted(java.util.Comparator.comparing(EmployerSummary::name)).toList();
    }

    /** The organisation the logged-in employer user works for. */
    @PreAuthorize("hasRole('EMPLOYER')")
    @Transactional(readOnly = true)
    public Optional<EmployerSummary> mine() {
        return currentUser.require().employerMembership().map(EmployerMembership::employerId)
                .flatMap(organisations::findById).map(EmployerOrganisation::summary);
    }
}
