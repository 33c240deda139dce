package nl.werkbrug.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.werkbrug.identity.PortalPrincipal;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a signed-in session may do over time (security review finding 7), applied on every request by
 * {@link #filter()} in the security filter chain, on the portal's {@link Clock}:
 * <ul>
 * <li><b>roles are not a snapshot</b>: a local account's memberships are read again at most every
 * {@code recheckInterval} (30 s); changed roles replace the principal in the session, a deleted or disabled account
 * ends the session. A Keycloak user's groups are read again at the same interval through a refresh-token grant
 * ({@link KeycloakRoleRefresh}); a refresh Keycloak refuses ends the session; while Keycloak does not answer the last
 * known roles stay for {@code keycloakOutageGrace} (15 min) after they were last confirmed, then the session ends
 * (docs/adr/0003);</li>
 * <li><b>idle sessions end</b> after {@code idleTimeout} (30 min) without a request other than Vaadin's heartbeat,
 * which keeps an open tab's session alive otherwise; {@code vaadin.closeIdleSessions} and the servlet session timeout
 * (application.properties) do the same on Vaadin's and the container's side;</li>
 * <li><b>an absolute lifetime</b>: {@code absoluteLifetime} (10 h) after sign-in the session ends, active or not.</li>
 * </ul>
 * An ended session is invalidated and the request goes on unauthenticated (a page load lands on the login page);
 * the end is audited as a logout with the reason.
 */
@Component
class SessionPolicy {

    @ConfigurationProperties("werkbrug.session")
    record Settings(@DefaultValue("30m") Duration idleTimeout, @DefaultValue("10h") Duration absoluteLifetime,
                    @DefaultValue("30s") Duration recheckInterval,
                    @DefaultValue("15m") Duration keycloakOutageGrace) {
    }

    static final String SIGNED_IN_AT = "werkbrug.session.signed-in-at";
    static final String ACTIVE_AT = "werkbrug.session.active-at";
    static final String CHECKED_AT = "werkbrug.session.roles-checked-at";
    /** When Keycloak last confirmed a Keycloak user's roles (at login, then at each refresh it answered). */
    static final String CONFIRMED_AT = "werkbrug.session.roles-confirmed-at";

    private final Settings settings;
    private final Clock clock;
    private final AccountStore accounts;
    private final AuditLog audit;
    private final TransactionTemplate readOnly;
    private final ObjectProvider<KeycloakRoleRefresh> keycloak;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SessionPolicy(Settings settings, Clock clock, AccountStore accounts, AuditLog audit,
                  PlatformTransactionManager transactions, ObjectProvider<KeycloakRoleRefresh> keycloak) {
        this.settings = settings;
        this.clock = clock;
        this.accounts = accounts;
        this.audit = audit;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.keycloak = keycloak;
    }

    /** The filter for the security chain, after the security context is loaded and before authorisation. */
    Filter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                apply(request, response);
                chain.doFilter(request, response);
            }
        };
    }

    void apply(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session == null || authentication == null
                || !(authentication.getPrincipal() instanceof PortalPrincipal principal)) {
            return;
        }
        Instant now = clock.instant();
        Instant signedIn = instant(session, SIGNED_IN_AT).orElse(now);
        session.setAttribute(SIGNED_IN_AT, signedIn);
        Optional<Instant> active = instant(session, ACTIVE_AT);
        if (now.isAfter(signedIn.plus(settings.absoluteLifetime()))) {
            end(session, authentication, "session ended: absolute lifetime " + settings.absoluteLifetime());
            return;
        }
        if (active.isPresent() && now.isAfter(active.get().plus(settings.idleTimeout()))) {
            end(session, authentication, "session ended: idle for more than " + settings.idleTimeout());
            return;
        }
        if (!"heartbeat".equals(request.getParameter("v-r"))) {
            session.setAttribute(ACTIVE_AT, now);
        }
        Optional<Instant> checked = instant(session, CHECKED_AT);
        if (principal instanceof LocalUserDetails local
                && (checked.isEmpty() || !now.isBefore(checked.get().plus(settings.recheckInterval())))) {
            session.setAttribute(CHECKED_AT, now);
            recheck(request, response, session, authentication, local);
        } else if (principal instanceof KeycloakUser && authentication instanceof OAuth2AuthenticationToken token) {
            if (checked.isEmpty()) { // the login's token was issued a moment ago
                session.setAttribute(CHECKED_AT, now);
                session.setAttribute(CONFIRMED_AT, now);
            } else if (!now.isBefore(checked.get().plus(settings.recheckInterval()))) {
                session.setAttribute(CHECKED_AT, now);
                recheck(request, response, session, token, signedIn, now);
            }
        }
    }

    private void recheck(HttpServletRequest request, HttpServletResponse response, HttpSession session,
                         OAuth2AuthenticationToken authentication, Instant signedIn, Instant now) {
        KeycloakRoleRefresh refresh = keycloak.getIfAvailable();
        if (refresh == null) {
            return;
        }
        switch (refresh.refresh(request, response, authentication)) {
            case KeycloakRoleRefresh.Outcome.Confirmed confirmed -> {
                session.setAttribute(CONFIRMED_AT, now);
                replace(request, response, confirmed.authentication());
            }
            case KeycloakRoleRefresh.Outcome.Refused refused -> end(session, authentication,
                    "session ended: " + refused.reason());
            case KeycloakRoleRefresh.Outcome.Unreachable unreachable -> {
                Instant confirmed = instant(session, CONFIRMED_AT).orElse(signedIn);
                if (now.isAfter(confirmed.plus(settings.keycloakOutageGrace()))) {
                    end(session, authentication, "session ended: roles not confirmed by Keycloak for more than "
                            + settings.keycloakOutageGrace() + " (" + unreachable.reason() + ")");
                }
            }
        }
    }

    private void recheck(HttpServletRequest request, HttpServletResponse response, HttpSession session,
                         Authentication authentication, LocalUserDetails signedIn) {
        PortalUser was = signedIn.portalUser();
        Optional<AccountStore.StoredAccount> account = readOnly.execute(status -> accounts.find(was.username()));
        if (account == null || account.isEmpty() || !account.get().enabled()) {
            end(session, authentication, "session ended: account removed or disabled");
            return;
        }
        PortalUser now = account.get().user();
        if (now.equals(was)) {
            return;
        }
        LocalUserDetails fresh = new LocalUserDetails(now, null, true);
        UsernamePasswordAuthenticationToken replaced = UsernamePasswordAuthenticationToken.authenticated(fresh, null,
                fresh.getAuthorities());
        replaced.setDetails(authentication.getDetails());
        replace(request, response, replaced);
    }

    private void replace(HttpServletRequest request, HttpServletResponse response, Authentication replaced) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(replaced);
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }

    private void end(HttpSession session, Authentication authentication, String reason) {
        SecurityContextHolder.clearContext();
        session.invalidate();
        audit.record(AuditAction.LOGOUT, null, authentication.getName(), "logout", reason);
    }

    private static Optional<Instant> instant(HttpSession session, String attribute) {
        return session.getAttribute(attribute) instanceof Instant instant ? Optional.of(instant) : Optional.empty();
    }
}
