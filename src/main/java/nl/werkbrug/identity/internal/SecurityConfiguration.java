package nl.werkbrug.identity.internal;

import java.time.Clock;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import nl.werkbrug.tenancy.TenantDirectory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two ways in, one principal model: local accounts with a login form (embedded default, {@code werkbrug.login=local})
 * or Keycloak through OIDC with RP-initiated logout ({@code werkbrug.login=keycloak}, part of the prod profile).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String KEYCLOAK_LOGIN = "/oauth2/authorization/keycloak";
    static final String LOGIN_FAILED = "/inloggen-mislukt";
    /** The shell's page "Inloggen is tijdelijk niet mogelijk" (503), where a login goes while Keycloak is down. */
    static final String LOGIN_UNAVAILABLE = "/inloggen-niet-mogelijk";

    @Bean
    @ConditionalOnProperty(name = "werkbrug.login", havingValue = "local", matchIfMissing = true)
    SecurityFilterChain localLogin(HttpSecurity http, Environment environment, SessionPolicy sessions) throws Exception {
        permitPublicPaths(http, environment, sessions);
        // after logout staff are back on the login page (issue 11: "/" is now the public front door)
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/login", "/login")
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }

    @Bean
    @ConditionalOnProperty(name = "werkbrug.login", havingValue = "keycloak")
    SecurityFilterChain keycloakLogin(HttpSecurity http, Environment environment, TenantDirectory directory,
                                      ClientRegistrationRepository clients, SessionPolicy sessions,
                                      KeycloakAvailability keycloak, OAuth2AuthorizedClientRepository authorizedClients)
            throws Exception {
        permitPublicPaths(http, environment, sessions);
        // RP-initiated logout: logging out of the portal ends the Keycloak session too, then Keycloak sends the
        // browser back to the portal. While Keycloak is down the portal's session still ends and the browser goes to
        // the front door instead of to an address that does not answer.
        OidcClientInitiatedLogoutSuccessHandler keycloakLogout = new OidcClientInitiatedLogoutSuccessHandler(clients);
        keycloakLogout.setPostLogoutRedirectUri("{baseUrl}/");
        SimpleUrlLogoutSuccessHandler localLogout = new SimpleUrlLogoutSuccessHandler();
        localLogout.setDefaultTargetUrl("/");
        LogoutSuccessHandler logout = (request, response, authentication) ->
                (keycloak.reachable() ? keycloakLogout : localLogout).onLogoutSuccess(request, response, authentication);
        // A failed login shows a Dutch page instead of sending the browser back to Keycloak in a loop; one that failed
        // because Keycloak stopped answering (the code could not be exchanged) shows the "login unavailable" page.
        AuthenticationFailureHandler failed = new SimpleUrlAuthenticationFailureHandler(LOGIN_FAILED);
        AuthenticationFailureHandler unavailable = new SimpleUrlAuthenticationFailureHandler(LOGIN_UNAVAILABLE);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage(KEYCLOAK_LOGIN)
                .logoutSuccessHandler(logout)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        http.logout(out -> out.logoutSuccessHandler(logout));
        http.oauth2Login(login -> login
                .authorizedClientRepository(authorizedClients)
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new KeycloakUserService(new KeycloakTokenMapper(directory))))
                .failureHandler((request, response, exception) -> (keycloak.reachable() ? failed : unavailable)
                        .onAuthenticationFailure(request, response, exception)));
        http.addFilterBefore(keycloak.beforeLoginRedirect(LOGIN_UNAVAILABLE), OAuth2AuthorizationRequestRedirectFilter.class);
        http.authorizeHttpRequests(requests -> requests.requestMatchers(LOGIN_FAILED, LOGIN_UNAVAILABLE).permitAll());
        return http.build();
    }

    @Bean
    @ConditionalOnProperty(name = "werkbrug.login", havingValue = "keycloak")
    KeycloakAvailability keycloakAvailability(ClientRegistrationRepository clients, KeycloakProperties properties,
                                              Clock clock) {
        return new KeycloakAvailability(clients.findByRegistrationId("keycloak"), properties.availability(), clock);
    }

    /**
     * The login's tokens (with the refresh token the session policy re-reads the roles with) live in the HTTP
     * session: gone with it, on whichever replica holds it, instead of in a map of all users' tokens in memory.
     */
    @Bean
    @ConditionalOnProperty(name = "werkbrug.login", havingValue = "keycloak")
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    @ConditionalOnProperty(name = "werkbrug.login", havingValue = "keycloak")
    KeycloakRoleRefresh keycloakRoleRefresh(OAuth2AuthorizedClientRepository authorizedClients,
                                            TenantDirectory directory, KeycloakAvailability availability) {
        return new KeycloakRoleRefresh(authorizedClients, new KeycloakTokenMapper(directory), availability);
    }

    /**
     * Health is public (probes); every other actuator endpoint only on the separate management port, which the
     * ingress never exposes. Unknown paths go on to Vaadin for its 404 page instead of an empty 403. Every request of
     * a signed-in session passes the session policy (roles re-read, idle and absolute limits) before authorisation.
     */
    private static void permitPublicPaths(HttpSecurity http, Environment environment, SessionPolicy sessions)
            throws Exception {
        securityHeaders(http);
        http.addFilterAfter(sessions.filter(), SecurityContextHolderFilter.class);
        http.addFilterAfter(KeycloakAvailability.answeredWith503(LOGIN_UNAVAILABLE), SecurityContextHolderFilter.class);
        int managementPort = environment.getProperty("management.server.port", Integer.class, -1);
        int serverPort = environment.getProperty("server.port", Integer.class, 8080);
        RequestMatcher onManagementPort = request -> managementPort > 0 && managementPort != serverPort
                && request.getLocalPort() == managementPort;
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/branding/**", "/styles/**").permitAll()
                .requestMatchers(EndpointRequest.to("health")).permitAll()
                .requestMatchers(onManagementPort).permitAll()
                .requestMatchers(EndpointRequest.toAnyEndpoint()).denyAll()
                // Public read APIs (e.g. the published instrument catalogue for municipal websites)
                .requestMatchers(HttpMethod.GET, "/api/public/**").permitAll());
    }

    /**
     * The Content-Security-Policy of every response (issue 13, finding 9). Vaadin Flow needs inline and evaluated
     * scripts (its bootstrap and the server's JavaScript calls) and inline styles (its components' style attributes);
     * everything else is the portal's own origin only: no foreign script, frame, plug-in, base URL or form target.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'none'");

    /**
     * Security headers from Spring Security: the CSP above; no framing (also X-Frame-Options DENY for old browsers);
     * no referrer to other origins (paths can carry an invitation token); HSTS for two years on HTTPS requests, which
     * in production are all of them (TLS at the ingress, X-Forwarded-Proto trusted from the configured proxies only).
     */
    private static void securityHeaders(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                // before the request is handled: Vaadin's pages are written past Spring's lazy header writing, and
                // Vaadin sets its own X-Frame-Options (SAMEORIGIN) unless the response already has one
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(63_072_000)));
    }

    /**
     * Spring Security's Micrometer observations for logins only. Observing every request's way through each filter
     * and every authorization decision (each call of a secured service) cost about 2 % of the portal's CPU in the
     * load test; how long requests take is measured anyway ({@code http.server.requests}) (ADR 0027).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false)
                .shouldObserveAuthorizations(false).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @ConditionalOnProperty(name = "werkbrug.login", havingValue = "local", matchIfMissing = true)
    AuthenticationProvider localAccountsAuthentication(AccountStore accounts, PasswordEncoder passwordEncoder,
                                                      LoginEvents throttle) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(new LocalUserDetailsService(accounts));
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(new AccountStatusUserDetailsChecker());
        // the throttle before the account lookup: the same answer for existing and made-up names (docs/adr/0013)
        return LoginEvents.throttled(throttle, provider);
    }
}
