package nl.werkbrug.employer;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param invitationValidity how long a colleague's invitation link can be used ({@code werkbrug.employer.invitation-validity})
 */
@ConfigurationProperties("werkbrug.employer")
record EmployerProperties(@DefaultValue("72h") Duration invitationValidity) {
}
