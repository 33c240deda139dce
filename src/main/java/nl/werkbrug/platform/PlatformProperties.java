package nl.werkbrug.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The portal's address and its mail ({@code werkbrug.base-url}, {@code werkbrug.mail.*}).
 *
 * @param baseUrl the address users reach the portal at, for links in mail; empty: links are relative
 * @param mail    where mail goes
 */
@Validated
@ConfigurationProperties("werkbrug")
public record PlatformProperties(@DefaultValue("") String baseUrl, @Valid @DefaultValue Mail mail) {

    /**
     * @param outbox {@code true}: mail is kept in the developer outbox instead of sent (embedded default only)
     * @param from   the sender of every mail, e.g. {@code Werkbrug <noreply@werkbrug.local>}
     */
    public record Mail(@DefaultValue("false") boolean outbox, @NotBlank String from) {
    }
}
