package nl.werkbrug.identity.internal;

import java.time.Duration;

import nl.werkbrug.identity.LoginSession;
import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Audits logins and throttles password guessing: after {@code maxFailures} failed logins for one user name within {@code window}, that
 * user name cannot log in until the window has passed. Failures are kept in PostgreSQL, so every replica sees them.
 * Also remembers the user name of a failed attempt in the session, so the login form can show it again.
 */
@Component
class LoginEvents implements UserDetailsChecker {

    @ConfigurationProperties("werkbrug.login-throttle")
    record Settings(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window) {
    }

    private final JdbcClient jdbc;
    private final Settings settings;
    private final AuditLog audit;

    LoginEvents(JdbcClient jdbc, Settings settings, AuditLog audit) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.audit = audit;
    }

    /** Runs before the password is checked. */
    @Override
    public void check(UserDetails user) {
        if (recentFailures(user.getUsername()) >= settings.maxFailures()) {
            throw new LockedException("Too many failed logins");
        }
    }

    /**
     * Failures within the throttle window. Deliberately the database's own {@code now()}, not the portal's Clock:
     * {@code failed_at} is filled by the database's default, so both ends of the window come from the same clock.
     */
    int recentFailures(String username) {
        return jdbc.sql("""
                        select count(*) from login_failure
                        where username = :u and failed_at > now() - make_interval(secs => :s)""")
                .param("u", username).param("s", settings.window().toSeconds())
                .query(Integer.class).single();
    }

    @EventListener
    @Transactional
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        ServletRequestAttributes request = currentRequest();
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            jdbc.sql("insert into login_failure (username, remote_address) values (:u, :a)")
                    .param("u", username)
                    .param("a", request == null ? null : request.getRequest().getRemoteAddr())
                    .update();
        }
        if (request != null) {
            request.setAttribute(LoginSession.LAST_USERNAME, username, RequestAttributes.SCOPE_SESSION);
        }
        audit.record(AuditAction.LOGIN_FAILED, null, username, "login",
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        jdbc.sql("delete from login_failure where username = :u").param("u", username).update();
        audit.record(AuditAction.LOGIN, null, username, "login", loginMethod(event.getAuthentication()));
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        audit.record(AuditAction.LOGOUT, null, event.getAuthentication().getName(), "logout", "");
    }

    private static String loginMethod(Authentication authentication) {
        return authentication instanceof UsernamePasswordAuthenticationToken ? "local account" : "oidc";
    }

    private static @Nullable ServletRequestAttributes currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes ? attributes : null;
    }
}
