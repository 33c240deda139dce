package nl.werkbrug.employer;
import nl.werkbrug.employer.VacancyEvent.VacancyEdited;
import nl.werkbrug.employer.VacancyEvent.VacancyClosed;
import nl.werkbrug.employer.VacancyEvent.VacancyPublished;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import nl.werkbrug.employer.internal.DescriptionSanitiser;
import nl.werkbrug.employer.internal.EmployerOrganisation;
import nl.werkbrug.employer.internal.EmployerOrganisationRepository;
import nl.werkbrug.employer.internal.Vacancy;
import nl.werkbrug.employer.internal.VacancyRepository;
import nl.werkbrug.identity.CurrentUser;
import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.shared.Postcode;
import nl.werkbrug.tenancy.TenantDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditLog;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Vacancies: employer users write, publish, close and reopen their company's vacancies; published vacancies are
 * visible to the consultants of every municipality of the region and, without personal data, to the public API.
 */
@Service
@Validated
public class Vacancies {

    private final VacancyRepository vacancies;
    private final EmployerOrganisationRepository organisations;
    private final Occupations occupations;
    private final CurrentUser currentUser;
    private final TenantDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditLog audit;

    Vacancies(VacancyRepository vacancies, EmployerOrganisationRepository organisations, Occupations occupations,
              CurrentUser currentUser, TenantDirectory directory, ApplicationEventPublisher events, Clock clock,
              AuditLog audit) {
        this.audit = audit;
        this.vacancies = vacancies;
        this.organisations = organisations;
        this.occupations = occupations;
        this.currentUser = currentUser;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** Saves a new vacancy of the user's company as concept. */
    @PreAuthorize("hasRole('EMPLOYER')")
    @Transactional
    public VacancyDetail create(@Valid VacancyDraft draft) {
        Vacancy vacancy = new Vacancy(directory.region().id(), employerId(), currentUser.require().username(),
                clock.instant());
        write(vacancy, draft);
        Vacancy saved = vacancies.saveAndFlush(vacancy);
        events.publishEvent(edited(saved, VacancyEdited.Change.CREATED));
        return detail(saved);
    }

    /** Changes what a vacancy of the user's company says, in any status. */
    @PreAuthorize("hasRole('EMPLOYER')")
    @Transactional
    public VacancyDetail update(long id, @Valid VacancyDraft draft) {
        Vacancy vacancy = own(id);
        write(vacancy, draft);
        events.publishEvent(edited(vacancy, VacancyEdited.Change.CHANGED));
        return detail(vacancy);
    }

    @PreAuthorize("hasRole('EMPLOYER')")
    @Transactional
    public VacancyDetail publish(long id) {
        Vacancy vacancy = own(id);
        vacancy.publish(clock.instant());
        events.publishEvent(new VacancyPublished(directory.region().id(), actor(), vacancy.id(), vacancy.employerId()));
        return detail(vacancy);
    }

    @PreAuthorize("hasRole('EMPLOYER')")
    @Transactional
    public VacancyDetail close(long id) {
        Vacancy vacancy = own(id);
        vacancy.close(clock.instant());
        events.publishEvent(new VacancyClosed(directory.region().id(), actor(), vacancy.id(), vacancy.employerId()));
        return detail(vacancy);
    }

    @PreAuthorize("hasRole('EMPLOYER')")
    @Transactional
    public VacancyDetail reopen(long id) {
        Vacancy vacancy = own(id);
        vacancy.reopen(clock.instant());
        events.publishEvent(edited(vacancy, VacancyEdited.Change.REOPENED));
        return detail(vacancy);
    }

    /**
     * Marks a vacancy of the user's company as an SROI vacancy: the employer's admin publishes it for an SROI
     * contract's open obligation (the SROI module keeps the link to the contract). A closed vacancy is not marked.
     */
    @PreAuthorize("hasRole('EMPLOYER_ADMIN')")
    @Transactional
    public VacancyDetail markSroi(long id) {
        Vacancy vacancy = own(id);
        if (!vacancy.sroi()) { // already marked (on the form): nothing changes, nothing to tell
            vacancy.markSroi(clock.instant());
            events.publishEvent(edited(vacancy, VacancyEdited.Change.CHANGED));
        }
        return detail(vacancy);
    }

    /** The vacancies of the user's company, last changed first. */
    @PreAuthorize("hasRole('EMPLOYER')")
    @Transactional(readOnly = true)
    public List<VacancyDetail> mine() {
        return details(vacancies.findByEmployerIdOrderByUpdatedAtDesc(employerId()));
    }

    /** A vacancy of the user's company. */
    @PreAuthorize("hasRole('EMPLOYER')")
    @Transactional(readOnly = true)
    public Optional<VacancyDetail> mine(long id) {
        long employer = employerId();
        Optional<VacancyDetail> found = vacancies.findById(id).filter(vacancy -> vacancy.employerId() == employer)
                .map(this::detail);
        if (found.isEmpty()) {
            refused(id, employer);
        }
        return found;
    }

    /** Published vacancies of the whole region, for consultants of any municipality, newest first. */
    @PreAuthorize("@tenantAccess.has('CONSULTANT')")
    @Transactional(readOnly = true)
    public List<VacancyDetail> published(VacancyFilter filter) {
        return details(vacancies.findByStatusOrderByPublishedAtDesc(VacancyStatus.PUBLISHED)).stream()
                .filter(vacancy -> matches(vacancy, filter)).toList();
    }

    /** A published vacancy, for consultants; concepts and closed vacancies are the employer's own business. */
    @PreAuthorize("@tenantAccess.has('CONSULTANT')")
    @Transactional(readOnly = true)
    public Optional<VacancyDetail> publishedVacancy(long id) {
        return publicVacancy(id);
    }

    /** Published vacancies whose closing date has not passed, for the public API. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<VacancyDetail> publicVacancies() {
        LocalDate today = LocalDate.now(clock);
        return details(vacancies.findByStatusOrderByPublishedAtDesc(VacancyStatus.PUBLISHED)).stream()
                .filter(vacancy -> vacancy.validThrough() == null || !vacancy.validThrough().isBefore(today)).toList();
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<VacancyDetail> publicVacancy(long id) {
        return vacancies.findById(id).filter(vacancy -> vacancy.status() == VacancyStatus.PUBLISHED).map(this::detail);
    }

    private void write(Vacancy vacancy, VacancyDraft draft) {
        occupations.require(draft.iscoCode());
        if (draft.contractType() == ContractType.TEMPORARY && draft.contractMonths() == null) {
            throw new IllegalArgumentException("A temporary contract needs a length in months");
        }
        String description = DescriptionSanitiser.sanitise(draft.description());
        if (DescriptionSanitiser.text(description).isBlank()) {
            throw new IllegalArgumentException("The description is empty after sanitising");
        }
        vacancy.write(draft.title().strip(), description, draft.iscoCode(), draft.hoursPerWeek(),
                Postcode.parse(draft.postcode()).value(), draft.place().strip(), draft.contractType(),
                draft.contractMonths(), draft.startDate(), draft.validThrough(), strip(draft.requirements()),
                strip(draft.skills()), strip(draft.adjustments()), draft.places(), draft.sroi(), draft.banenafspraak(),
                clock.instant());
    }

    private static String strip(@Nullable String text) {
        return text == null ? "" : text.strip();
    }

    private Vacancy own(long id) {
        long employer = employerId();
        return vacancies.findById(id).filter(vacancy -> vacancy.employerId() == employer).orElseThrow(() -> {
            refused(id, employer);
            return new AccessDeniedException("Not a vacancy of this employer: " + id);
        });
    }

    /** Audits a vacancy id this employer cannot reach, in a transaction of its own (issue 13, finding 2). */
    private void refused(long id, long employer) {
        audit.record(AuditAction.ACCESS_DENIED, null, "vacancy:" + id, "not a vacancy of employer " + employer);
    }

    private long employerId() {
        return currentUser.require().employerMembership().map(EmployerMembership::employerId)
                .orElseThrow(() -> new AccessDeniedException("Not an employer user"));
    }

    private VacancyEdited edited(Vacancy vacancy, VacancyEdited.Change change) {
        return new VacancyEdited(directory.region().id(), actor(), vacancy.id(), vacancy.employerId(), change);
    }

    private String actor() {
        return currentUser.require().username();
    }

    private static boolean matches(VacancyDetail vacancy, VacancyFilter filter) {
        if (filter.sroiOnly() && !vacancy.sroi() || filter.banenafspraakOnly() && !vacancy.banenafspraak()) {
            return false;
        }
        if (filter.brcClass() != null && !filter.brcClass().isBlank() && !vacancy.occupation().brcClass().equals(filter.brcClass())) {
            return false;
        }
        if (filter.place() != null && !filter.place().isBlank() && !contains(vacancy.place(), filter.place())) {
            return false;
        }
        String text = filter.text();
        return text == null || text.isBlank() || contains(vacancy.title(), text) || contains(vacancy.employerName(), text)
                || contains(vacancy.occupation().title(), text) || vacancy.occupation().iscoCode().equals(text.strip());
    }

    private static boolean contains(String value, String part) {
        return value.toLowerCase(Locale.ROOT).contains(part.strip().toLowerCase(Locale.ROOT));
    }

    private List<VacancyDetail> details(List<Vacancy> list) {
        Map<Long, EmployerOrganisation> employers = organisations.findAllById(list.stream().map(Vacancy::employerId)
                .distinct().toList()).stream().collect(Collectors.toMap(EmployerOrganisation::id, Function.identity()));
        return list.stream().map(vacancy -> detail(vacancy, employers.get(vacancy.employerId()))).toList();
    }

    private VacancyDetail detail(Vacancy vacancy) {
        return detail(vacancy, organisations.findById(vacancy.employerId()).orElse(null));
    }

    private VacancyDetail detail(Vacancy vacancy, @Nullable EmployerOrganisation employer) {
        return new VacancyDetail(vacancy.id(), vacancy.status(), vacancy.employerId(),
                employer == null ? "" : employer.name(), employer == null ? "" : employer.kvkNumber(), vacancy.title(),
                vacancy.descriptionHtml(), occupations.require(vacancy.iscoCode()), vacancy.hoursPerWeek(),
                vacancy.postcode(), vacancy.place(), vacancy.contractType(), vacancy.contractMonths(),
                vacancy.startDate(), vacancy.validThrough(), vacancy.requirements(), vacancy.skills(),
                vacancy.adjustments(), vacancy.places(), vacancy.sroi(), vacancy.banenafspraak(), vacancy.updatedAt(),
                vacancy.publishedAt());
    }
}
