package nl.werkbrug.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import nl.werkbrug.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/** How long an outage of Keycloak is believed without asking it again. */
class KeycloakAvailabilityTests {

    private final MutableClock clock = new MutableClock();
    private final KeycloakAvailability availability = new KeycloakAvailability(ClientRegistration
            .withRegistrationId("keycloak").clientId("werkbrug").authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("http://localhost/login/oauth2/code/keycloak").authorizationUri("http://127.0.0.1:9/auth")
            .tokenUri("http://127.0.0.1:9/token").issuerUri("http://127.0.0.1:9/realms/twente").build(),
            new KeycloakProperties.Availability(Duration.ofSeconds(3), Duration.ofSeconds(5)), clock);

    @Test
    void an_outage_is_believed_for_five_seconds_after_it_was_seen_and_not_after() {
        clock.setTo(Instant.parse("2026-12-02T10:00:00Z"));
        assertThat(availability.outageRemembered()).isFalse();
        availability.outage("test");
        clock.advance(Duration.ofMillis(4_999));
        assertThat(availability.outageRemembered()).isTrue();
        clock.advance(Duration.ofMillis(1));
        assertThat(availability.outageRemembered()).isFalse();
    }

    @Test
    void an_outage_seen_at_a_later_time_is_not_believed_after_the_clock_was_set_back() {
        // seen while the clock stood 15 minutes ahead (a test's clock, or a clock corrected by NTP): once the clock is
        // back, the outage is not believed for those 15 minutes and the next login asks Keycloak again
        clock.setTo(Instant.parse("2026-12-02T10:15:00Z"));
        availability.outage("test");
        clock.setTo(Instant.parse("2026-12-02T10:00:01Z"));
        assertThat(availability.outageRemembered()).isFalse();
    }
}
