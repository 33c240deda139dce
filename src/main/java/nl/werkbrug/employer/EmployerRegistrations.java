package nl.werkbrug.employer;
import nl.werkbrug.employer.EmployerEvent.EmployerRegistered;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import nl.werkbrug.employer.internal.EmployerOrganisation;
import nl.werkbrug.employer.internal.EmployerOrganisationRepository;
import nl.werkbrug.identity.EmployerAccounts;
import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.identity.EmployerRole;
import nl.werkbrug.identity.NewEmployerAccount;
import nl.werkbrug.identity.SystemTask;
import nl.werkbrug.shared.KvkNumber;
import nl.werkbrug.shared.Postcode;
import nl.werkbrug.shared.Vestigingsnummer;
import nl.werkbrug.tenancy.TenantDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Self-registration of companies: anyone may register a company that the region does not know yet. The company and
 * its first user (employer admin) are saved in one transaction: either both exist afterwards or neither does.
 */
@Service
@Validated
public class EmployerRegistrations {

    /** Digits, spaces, hyphens and parentheses, optionally after a +; 10 to 15 digits in all. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{10,30}");

    private final EmployerOrganisationRepository organisations;
    private final EmployerAccounts accounts;
    private final TenantDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final KvkClient kvk;

    EmployerRegistrations(EmployerOrganisationRepository organisations, EmployerAccounts accounts,
                          TenantDirectory directory, ApplicationEventPublisher events, Clock clock, KvkClient kvk) {
        this.kvk = kvk;
        this.organisations = organisations;
        this.accounts = accounts;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    public static boolean isValidPhone(String phone) {
        if (phone == null || !PHONE.matcher(phone.strip()).matches()) {
            return false;
        }
        long digits = phone.chars().filter(Character::isDigit).count();
        return digits >= 10 && digits <= 15;
    }

    /**
     * What the Handelsregister says about the company with this KvK number, to fill the registration form; empty
     * for a malformed number, an unknown company or a register that does not answer. The register is public.
     */
    @PreAuthorize("permitAll()")
    public Optional<KvkCompany> lookUp(String kvkNumber) {
        return KvkNumber.isValidInput(kvkNumber) ? kvk.find(KvkNumber.parse(kvkNumber)) : Optional.empty();
    }

    /** Whether a company with this KvK number is registered in the region; the register itself is public. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean isRegistered(String kvkNumber) {
        return KvkNumber.isValidInput(kvkNumber)
                && organisations.findByKvkNumber(KvkNumber.parse(kvkNumber).value()).isPresent();
    }

    /**
     * Registers the company and its first user, who becomes employer admin.
     *
     * @throws KvkNumberAlreadyRegisteredException     if the region knows the KvK number
     * @throws nl.werkbrug.identity.UsernameTakenException if the user name is in use
     * @throws IllegalArgumentException                if a value is malformed (the form checks these first)
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public EmployerSummary register(@Valid EmployerRegistration registration) {
        KvkNumber kvk = KvkNumber.parse(registration.kvkNumber());
        String vestiging = registration.vestigingsnummer() == null || registration.vestigingsnummer().isBlank()
                ? null : Vestigingsnummer.parse(registration.vestigingsnummer()).value();
        Postcode postcode = Postcode.parse(registration.postcode());
        if (registration.sbiVersion() != 2008 && registration.sbiVersion() != 2025) {
            throw new IllegalArgumentException("SBI version must be 2008 or 2025");
        }
        if (registration.sbiVersion() == 2025 && registration.sbiCode().length() != 5) {
            throw new IllegalArgumentException("SBI 2025 codes have 5 digits");
        }
        String phone = registration.contactPhone() == null ? "" : registration.contactPhone().strip();
        if (!phone.isEmpty() && !isValidPhone(phone)) {
            throw new IllegalArgumentException("Invalid phone number");
        }
        if (organisations.findByKvkNumber(kvk.value()).isPresent()) {
            throw new KvkNumberAlreadyRegisteredException(kvk.value());
        }
        EmployerOrganisation organisation;
        try {
            organisation = organisations.saveAndFlush(EmployerOrganisation.registered(directory.region().id(), kvk.value(),
                    vestiging, registration.name().strip(), registration.street().strip(),
                    registration.houseNumber().strip(), postcode.value(), registration.place().strip(),
                    registration.sbiCode(), registration.sbiVersion(), registration.contactName().strip(),
                    registration.contactEmail().strip(), phone.isEmpty() ? null : phone, clock.instant()));
        } catch (DataIntegrityViolationException concurrentRegistration) {
            throw new KvkNumberAlreadyRegisteredException(kvk.value());
        }
        NewEmployerAccount admin = new NewEmployerAccount(registration.username(), registration.password(),
                registration.contactName().strip(), registration.contactEmail().strip(),
                new EmployerMembership(organisation.id(), EmployerRole.EMPLOYER_ADMIN), organisation.name(), kvk.value());
        SystemTask.run(() -> accounts.create(admin));
        events.publishEvent(new EmployerRegistered(directory.region().id(), registration.username(), organisation.id(),
                kvk.value()));
        return organisation.summary();
    }
}
