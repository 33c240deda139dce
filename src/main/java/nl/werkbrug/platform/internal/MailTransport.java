package nl.werkbrug.platform.internal;

import nl.werkbrug.platform.MailMessage;

/** How mail leaves the portal: SMTP, or the developer outbox table. */
public interface MailTransport {

    void send(MailMessage message);
}
