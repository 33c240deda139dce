package nl.werkbrug.platform;

import java.util.List;

import nl.werkbrug.platform.internal.MailTransport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mail the portal sends. With {@code werkbrug.mail.outbox=true} (embedded default) mail is stored in the developer
 * outbox in the caller's transaction instead of sent; otherwise it goes out through Spring Mail's SMTP settings
 * ({@code spring.mail.*}).
 */
@Service
public class OutgoingMail {

    private final MailTransport transport;
    private final JdbcClient jdbc;
    private final boolean outbox;

    OutgoingMail(MailTransport transport, JdbcClient jdbc, PlatformProperties properties) {
        this.transport = transport;
        this.jdbc = jdbc;
        this.outbox = properties.mail().outbox();
    }

    /** Sends the mail, or stores it in the outbox; a failure to send is thrown, so the caller's work rolls back. */
    @Transactional
    public void send(MailMessage message) {
        transport.send(message);
    }

    /** Whether mail goes to the developer outbox instead of SMTP. */
    public boolean outboxEnabled() {
        return outbox;
    }

    /** The newest mails in the developer outbox; empty when mail is really sent. */
    @Transactional(readOnly = true)
    public List<OutboxMail> outbox(int limit) {
        if (!outbox) {
            return List.of();
        }
        return jdbc.sql("select id, sent_at, recipient, subject, body from mail_outbox order by sent_at desc, id desc limit :limit")
                .param("limit", Math.clamp(limit, 1, 200))
                .query((rs, row) -> new OutboxMail(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }
}
