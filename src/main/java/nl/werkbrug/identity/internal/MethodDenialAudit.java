package nl.werkbrug.identity.internal;

import java.util.function.Supplier;

import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditLog;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;

/**
 * Audits every call of a service method that method security refused to a signed-in user (issue 13, finding 2:
 * e.g. employer B asking for employer A's colleagues by A's id). The subject is the method, never its arguments
 * (they can be personal data); refusals of web requests by anonymous visitors are not stored (finding 5: no unbounded
 * growth from anonymous requests), the route guard audits refused views of signed-in users itself.
 */
@Configuration(proxyBeanMethods = false)
class MethodDenialAudit {

    private final AuditLog audit;

    MethodDenialAudit(AuditLog audit) {
        this.audit = audit;
    }

    /** Publishes denials (not grants) as events; method security and the request filter pick this bean up. */
    @Bean
    static AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> event) {
        if (!(event.getSource() instanceof MethodInvocation invocation)) {
            return;
        }
        Supplier<Authentication> who = event.getAuthentication();
        Authentication authentication = who.get();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return;
        }
        audit.record(AuditAction.ACCESS_DENIED, null, authentication.getName(),
                invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName(),
                "refused by method security");
    }
}
