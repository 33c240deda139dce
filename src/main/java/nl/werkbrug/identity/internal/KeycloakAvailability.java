package nl.werkbrug.identity.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Whether Keycloak answers, asked before the portal sends a browser there (issue 13, "Keycloak down"). Without it a
 * login during an outage ended in the browser's own "site cannot be reached" page. The portal asks the issuer's
 * discovery document with a short timeout; an outage is remembered for a few seconds, so that a burst of logins
 * during it does not hold a request thread per attempt (both {@code werkbrug.keycloak.availability.*}, 3 s and 5 s).
 * A reachable Keycloak is not remembered: the next login asks again. Signed-in sessions do not need Keycloak for
 * their requests: the session policy's role refresh ({@link KeycloakRoleRefresh}) reports an unanswered refresh here
 * and keeps the last known roles for a bounded grace period (docs/adr/0003).
 */
final class KeycloakAvailability {

    private static final Logger log = LoggerFactory.getLogger(KeycloakAvailability.class);

    /** How long one question may take: a Keycloak that answers slower than this cannot serve a login either. */
    private final Duration timeout;
    /** How long an outage is believed without asking again. */
    private final Duration rememberOutage;

    private final @Nullable URI discovery;
    private final Clock clock;
    private final HttpClient http;
    /** When the last outage was seen; believed for {@code rememberOutage} after it, not before it (a clock set back). */
    private volatile Instant outageSeen = Instant.MIN;

    KeycloakAvailability(ClientRegistration registration, KeycloakProperties.Availability settings, Clock clock) {
        String issuer = registration.getProviderDetails().getIssuerUri();
        this.discovery = issuer == null ? null
                : URI.create(issuer.replaceFirst("/+$", "") + "/.well-known/openid-configuration");
        this.timeout = settings.timeout();
        this.rememberOutage = settings.rememberOutage();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.clock = clock;
    }

    /** Whether Keycloak answers its discovery document now (true when no issuer is configured: nothing to ask). */
    boolean reachable() {
        if (discovery == null) {
            return true;
        }
        if (outageRemembered()) {
            return false;
        }
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(discovery).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 200) {
                return true;
            }
            return outage("answered " + response.statusCode());
        } catch (IOException e) {
            return outage(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return outage("interrupted");
        }
    }

    /** Whether an outage seen in the last {@code rememberOutage} is still believed (asks nothing). */
    boolean outageRemembered() {
        Instant now = clock.instant();
        Instant seen = outageSeen;
        return !now.isBefore(seen) && now.isBefore(seen.plus(rememberOutage));
    }

    /** How long one question to Keycloak may take. */
    Duration timeout() {
        return timeout;
    }

    boolean outage(String why) {
        outageSeen = clock.instant();
        log.warn("Keycloak cannot be reached at {} ({}): logins get the 'login unavailable' page", discovery, why);
        return false;
    }

    /**
     * Before the redirect to Keycloak's login ({@code /oauth2/authorization/...}): while Keycloak cannot be reached
     * the browser goes to the portal's own page that says so, instead of to an address that does not answer.
     */
    Filter beforeLoginRedirect(String unavailablePage) {
        RequestMatcher loginRedirect = PathPatternRequestMatcher.withDefaults().matcher("/oauth2/authorization/{registrationId}");
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (loginRedirect.matches(request) && !reachable()) {
                    response.sendRedirect(request.getContextPath() + unavailablePage);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    /**
     * Answers the "login unavailable" page with 503 (monitoring and crawlers see an outage, not a page), whatever
     * status Vaadin sets for the page's first response.
     */
    static Filter answeredWith503(String unavailablePage) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!request.getRequestURI().equals(request.getContextPath() + unavailablePage)) {
                    chain.doFilter(request, response);
                    return;
                }
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                chain.doFilter(request, new HttpServletResponseWrapper(response) {
                    @Override
                    public void setStatus(int status) {
                        if (status >= HttpServletResponse.SC_MULTIPLE_CHOICES) {
                            super.setStatus(status);
                        }
                    }
                });
            }
        };
    }
}
