package nl.werkbrug.identity.internal;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import nl.werkbrug.identity.LoginSession;
import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Audits logins and throttles password guessing (docs/adr/0013). Failed logins are kept in PostgreSQL, so every
 * replica sees them, and counted within {@code window}:
 * <ul>
 * <li>per client address and user name: after {@code maxFailures} a name cannot log in <em>from that address</em>,
 * so an attacker who knows a name locks out only themselves, never the owner at another address;</li>
 * <li>per client address over all names: after {@code maxFailuresPerAddress} that address cannot log in at all, which
 * slows spraying one password over many names.</li>
 * </ul>
 * The check runs before the account is looked up ({@link #throttled}), so "temporarily blocked" looks the same for
 * an existing and a made-up name. IPv6 addresses count per /64, the block one subscriber gets. Refused attempts are
 * not stored or audited one by one, so one address adds at most {@code maxFailuresPerAddress} rows to
 * {@code login_failure} and {@code audit_event} per window; rows older than {@code retention} are deleted.
 * Also remembers the user name of a failed attempt in the session, so the login form can show it again.
 */
@Component
public class LoginEvents {

    /** Stored user names are cut to the column's length; the rest of a longer (hostile) name does not matter. */
    static final int USERNAME_COLUMN = 100;
    public static final String UNKNOWN_ADDRESS = "unknown";

    @ConfigurationProperties("werkbrug.login-throttle")
    record Settings(@DefaultValue("5") int maxFailures, @DefaultValue("50") int maxFailuresPerAddress,
                    @DefaultValue("15m") Duration window, @DefaultValue("24h") Duration retention) {
    }

    /** Refused by the throttle, before the password was looked at; the login page shows "Tijdelijk geblokkeerd". */
    static final class ThrottledException extends LockedException {
        ThrottledException() {
            super("Too many failed logins");
        }
    }

    private final JdbcClient jdbc;
    private final Settings settings;
    private final AuditLog audit;

    LoginEvents(JdbcClient jdbc, Settings settings, AuditLog audit) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.audit = audit;
    }

    /**
     * The provider with the throttle in front: refused attempts never reach the account lookup or the password.
     * Takes the throttle bean (its proxy), so the check runs in its read-only transaction.
     */
    static AuthenticationProvider throttled(LoginEvents throttle, AuthenticationProvider provider) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) throws AuthenticationException {
                throttle.check(authentication.getName(), addressOf(authentication));
                return provider.authenticate(authentication);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return provider.supports(authentication);
            }
        };
    }

    /** Refuses the attempt if the address, or this name from this address, has failed too often within the window. */
    @Transactional(readOnly = true)
    public void check(String username, String address) {
        if (failuresFrom(address) >= settings.maxFailuresPerAddress()
                || failuresOf(username, address) >= settings.maxFailures()) {
            throw new ThrottledException();
        }
    }

    /**
     * Failures within the throttle window. Deliberately the database's own {@code now()}, not the portal's Clock:
     * {@code failed_at} is filled by the database's default, so both ends of the window come from the same clock.
     */
    int failuresOf(String username, String address) {
        return jdbc.sql("""
                        select count(*) from login_failure
                        where username = :u and remote_address = :a and failed_at > now() - make_interval(secs => :s)""")
                .param("u", stored(username)).param("a", address).param("s", settings.window().toSeconds())
                .query(Integer.class).single();
    }

    int failuresFrom(String address) {
        return jdbc.sql("""
                        select count(*) from login_failure
                        where remote_address = :a and failed_at > now() - make_interval(secs => :s)""")
                .param("a", address).param("s", settings.window().toSeconds())
                .query(Integer.class).single();
    }

    @EventListener
    @Transactional
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        ServletRequestAttributes request = currentRequest();
        if (request != null) {
            request.setAttribute(LoginSession.LAST_USERNAME, username, RequestAttributes.SCOPE_SESSION);
        }
        if (event.getException() instanceof ThrottledException) {
            return; // counted and audited when the limit was reached, not again for every refused attempt
        }
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            jdbc.sql("insert into login_failure (username, remote_address) values (:u, :a)")
                    .param("u", stored(username)).param("a", addressOf(event.getAuthentication()))
                    .update();
        }
        // in this transaction (one connection), with the failure it counts
        audit.entry(AuditAction.LOGIN_FAILED, null, stored(username), "login",
                event.getException().getClass().getSimpleName());
    }

    /** A successful login clears the failures of this name from this address only: not the address's own count. */
    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        jdbc.sql("delete from login_failure where username = :u and remote_address = :a")
                .param("u", stored(username)).param("a", addressOf(event.getAuthentication())).update();
        audit.entry(AuditAction.LOGIN, null, username, "login", loginMethod(event.getAuthentication()));
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        audit.record(AuditAction.LOGOUT, null, event.getAuthentication().getName(), "logout", "");
    }

    /** Whether the address has used up its failures for the window (logins and refused user names together). */
    @Transactional(readOnly = true)
    public boolean addressBlocked(String address) {
        return failuresFrom(address) >= settings.maxFailuresPerAddress();
    }

    /**
     * Counts a registration that asked for a user name that cannot be had as a failure of the client address, in a
     * transaction of its own (the registration rolls back): probing names uses up the address's budget.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public void recordRefusedName(String username, String address) {
        jdbc.sql("insert into login_failure (username, remote_address) values (:u, :a)")
                .param("u", stored(username)).param("a", address).update();
    }

    /** The address of the current HTTP request as the throttle counts it, or {@value #UNKNOWN_ADDRESS}. */
    public static String currentAddress() {
        ServletRequestAttributes request = currentRequest();
        String address = request == null ? null : request.getRequest().getRemoteAddr();
        return address == null || address.isBlank() ? UNKNOWN_ADDRESS : key(address);
    }

    /** Deletes failures older than the retention time; returns how many. */
    @Scheduled(fixedDelayString = "${werkbrug.login-throttle.cleanup-delay:15m}")
    @Transactional
    public int deleteExpired() {
        return jdbc.sql("delete from login_failure where failed_at < now() - make_interval(secs => :s)")
                .param("s", settings.retention().toSeconds()).update();
    }

    /** The client address the login form was posted from, as the throttle counts it. */
    static String addressOf(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        return address == null || address.isBlank() ? UNKNOWN_ADDRESS : key(address);
    }

    /** An IPv4 address as it is; an IPv6 address as its /64 prefix (one subscriber's block). */
    static String key(String address) {
        if (!address.contains(":") || !address.matches("[0-9A-Fa-f:.]{2,45}")) {
            return address.length() > 64 ? address.substring(0, 64) : address;
        }
        try {
            InetAddress parsed = InetAddress.getByName(address); // a literal: parsed, never looked up
            if (parsed instanceof java.net.Inet4Address) {
                return parsed.getHostAddress(); // an IPv4-mapped address counts as the IPv4 address
            }
            byte[] bytes = Arrays.copyOf(parsed.getAddress(), 16);
            Arrays.fill(bytes, 8, 16, (byte) 0);
            return InetAddress.getByAddress(bytes).getHostAddress().toLowerCase(Locale.ROOT) + "/64";
        } catch (java.io.IOException | IllegalArgumentException e) {
            return address.length() > 64 ? address.substring(0, 64) : address;
        }
    }

    private static String stored(String username) {
        return username.length() > USERNAME_COLUMN ? username.substring(0, USERNAME_COLUMN) : username;
    }

    private static String loginMethod(Authentication authentication) {
        return authentication instanceof UsernamePasswordAuthenticationToken ? "local account" : "oidc";
    }

    private static @Nullable ServletRequestAttributes currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes ? attributes : null;
    }
}
