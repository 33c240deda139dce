package nl.werkbrug.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole portal with the developer outbox off: mail goes out through real SMTP to a GreenMail server on loopback.
 * Every subclass shares one application context (and its own database folder), so keep tests independent of each
 * other's mail: filter received messages by recipient.
 */
@IntegrationTest
public abstract class SmtpIntegrationTest {

    static final int SMTP_PORT = freePort();

    @RegisterExtension
    protected static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("werkbrug.mail.outbox", () -> "false");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("werkbrug.base-url", () -> "https://werkbrug.twente.example/");
        registry.add("werkbrug.embedded-database.data-directory", () -> "target/test-postgres-mail");
        // no test of this context opens a candidate file: skip the demo caseloads' import
        registry.add("werkbrug.demo-data.caseloads", () -> "false");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The messages GreenMail received for this recipient, oldest first. */
    protected static java.util.List<jakarta.mail.internet.MimeMessage> receivedBy(String recipient) {
        return java.util.Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals(recipient);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
