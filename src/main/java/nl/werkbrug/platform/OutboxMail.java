package nl.werkbrug.platform;

import java.time.Instant;

/** A mail in the developer outbox. */
public record OutboxMail(long id, Instant sentAt, String to, String subject, String text) {
}
