package nl.werkbrug.identity.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/themes/**", "/styles/**", "/actuator/health", "/actuator/health/**").permitAll()
                // Public read APIs (e.g. the published instrument catalogue for municipal websites)
                .requestMatchers(HttpMethod.GET, "/api/public/**").permitAll());
        // Unknown paths go to Vaadin for its 404 page instead of an empty 403.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/login")
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    DaoAuthenticationProvider localAccountsAuthentication(AccountStore accounts, PasswordEncoder passwordEncoder,
                                                         LoginEvents throttle) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(new LocalUserDetailsService(accounts));
        provider.setPasswordEncoder(passwordEncoder);
        AccountStatusUserDetailsChecker accountStatus = new AccountStatusUserDetailsChecker();
        provider.setPreAuthenticationChecks(user -> {
            throttle.check(user);
            accountStatus.check(user);
        });
        return provider;
    }
}
