package nl.werkbrug.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

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
     * A link to a path of the portal, for mail: absolute from the base URL (required in production); without one,
     * from the address of the current request; with neither (an event listener in the embedded default), relative.
     */
    public String link(String path) {
        String relative = "/" + path.replaceFirst("^/+", "");
        if (!baseUrl.isBlank()) {
            return baseUrl.replaceFirst("/+$", "") + relative;
        }
        return RequestContextHolder.getRequestAttributes() == null ? relative
                : ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + relative;
    }

    /**
     * @param outbox     {@code true}: mail is kept in the developer outbox instead of sent (embedded default only)
     * @param from       the sender of every mail, e.g. {@code Werkbrug <noreply@werkbrug.local>}
     * @param outboxPage {@code true}: the page {@code /ontwikkelaar/postvak} exists (for administrators only), to read
     *                   the outbox in a browser; off unless a developer turns it on (profile {@code dev}), refused in
     *                   production
     */
    public record Mail(@DefaultValue("false") boolean outbox, @NotBlank String from,
                       @DefaultValue("false") boolean outboxPage) {
    }
}
