package nl.werkbrug.employer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import nl.werkbrug.shared.DutchTime;
import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.identity.EmployerRole;
import nl.werkbrug.identity.PortalUser;

/** Test data for vacancies. */
final class VacancySupport {

    private VacancySupport() {
    }

    /** Runs the work as an anonymous visitor, the way a request to a public page does. */
    static <T> T anonymously(java.util.function.Supplier<T> work) {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new org.springframework.security.authentication.AnonymousAuthenticationToken("test",
                "anonymousUser", java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    static PortalUser employerUser(String username, long employerId, EmployerRole role) {
        return new PortalUser(username, username, Map.of(), Map.of(), new EmployerMembership(employerId, role), null);
    }

    static VacancyDraft welder(String title) {
        return new VacancyDraft(title, "Je last frames voor landbouwmachines.\n\nWe werken in dagdienst.", "7212",
                new BigDecimal("32"), "7554 RR", "Hengelo", ContractType.TEMPORARY, 12, LocalDate.now(DutchTime.ZONE).plusMonths(1),
                LocalDate.now(DutchTime.ZONE).plusMonths(2), "VCA, lasdiploma MIG/MAG", "lassen, slijpen", "Vaste collega als maatje",
                2, true, true);
    }

    static EmployerRegistration company(String kvk, String name, String username) {
        return new EmployerRegistration(kvk, null, name, "Industriestraat", "1", "7553 CM", "Hengelo", "25110", 2025,
                "Contact " + name, "info@" + username + ".example", "0742501234", username, "Een-lang-wachtwoord-2026");
    }
}
