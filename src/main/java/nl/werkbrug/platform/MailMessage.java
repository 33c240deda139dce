package nl.werkbrug.platform;

/** A plain-text mail to one recipient. */
public record MailMessage(String to, String subject, String text) {
}
