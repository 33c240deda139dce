package nl.werkbrug.platform.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.werkbrug.platform.MailMessage;
import nl.werkbrug.platform.PlatformProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Picks the mail transport: the developer outbox when {@code werkbrug.mail.outbox=true}, SMTP otherwise. */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    @ConditionalOnBooleanProperty("werkbrug.mail.outbox")
    MailTransport outboxTransport(JdbcClient jdbc) {
        return message -> jdbc.sql("""
                        insert into mail_outbox (region_id, recipient, subject, body)
                        values (current_setting('app.region_id'), :to, :subject, :body)""")
                .param("to", message.to()).param("subject", message.subject()).param("body", message.text())
                .update();
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "werkbrug.mail.outbox", havingValue = false, matchIfMissing = true)
    MailTransport smtpTransport(ObjectProvider<JavaMailSender> senders, PlatformProperties properties) {
        String from = properties.mail().from();
        return message -> {
            JavaMailSender sender = senders.getIfAvailable();
            if (sender == null) {
                throw new MailSendException("No SMTP server configured: set spring.mail.host (or werkbrug.mail.outbox=true)");
            }
            try {
                MimeMessage mime = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
                helper.setFrom(from);
                helper.setTo(message.to());
                helper.setSubject(message.subject());
                helper.setText(message.text(), false);
                sender.send(mime);
            } catch (MessagingException e) {
                throw new MailSendException("Could not build mail to " + message.to(), e);
            }
        };
    }
}
