package nl.werkbrug.identity.internal;

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
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
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

    @Bean
    @ConditionalOnProperty(name = "werkbrug.login", havingValue = "local", matchIfMissing = true)
    SecurityFilterChain localLogin(HttpSecurity http, Environment environment, SessionPolicy sessions) throws Exception {
        permitPublicPaths(http, environment, sessions);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/login")
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }

    @Bean
    @ConditionalOnProperty(name = "werkbrug.login", havingValue = "keycloak")
    SecurityFilterChain keycloakLogin(HttpSecurity http, Environment environment, TenantDirectory directory,
                                      ClientRegistrationRepository clients, SessionPolicy sessions) throws Exception {
        permitPublicPaths(http, environment, sessions);
        // RP-initiated logout: logging out of the portal ends the Keycloak session too, then Keycloak sends the
        // browser back to the portal.
        OidcClientInitiatedLogoutSuccessHandler keycloakLogout = new OidcClientInitiatedLogoutSuccessHandler(clients);
        keycloakLogout.setPostLogoutRedirectUri("{baseUrl}/");
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage(KEYCLOAK_LOGIN)
                .logoutSuccessHandler(keycloakLogout)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        http.logout(logout -> logout.logoutSuccessHandler(keycloakLogout));
        http.oauth2Login(login -> login
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new KeycloakUserService(new KeycloakTokenMapper(directory))))
                // A failed login shows a Dutch page instead of sending the browser back to Keycloak in a loop.
                .failureUrl(LOGIN_FAILED));
        http.authorizeHttpRequests(requests -> requests.requestMatchers(LOGIN_FAILED).permitAll());
        return http.build();
    }

    /**
     * Health is public (probes); every other actuator endpoint only on the separate management port, which the
     * ingress never exposes. Unknown paths go on to Vaadin for its 404 page instead of an empty 403. Every request of
     * a signed-in session passes the session policy (roles re-read, idle and absolute limits) before authorisation.
     */
    private static void permitPublicPaths(HttpSecurity http, Environment environment, SessionPolicy sessions)
            throws Exception {
        http.addFilterAfter(sessions.filter(), SecurityContextHolderFilter.class);
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
