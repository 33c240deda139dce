package nl.werkbrug.employer;

import java.util.concurrent.atomic.AtomicReference;

import nl.werkbrug.employer.EmployerEvent.EmployerRegistered;
import nl.werkbrug.identity.SystemTask;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.platform.MailMessage;
import nl.werkbrug.platform.OutgoingMail;
import nl.werkbrug.platform.PlatformProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Welcomes a company that registered itself: a mail to its contact address with the user name (the e-mail address)
 * and the link to log in, after the registration is committed. No password, nothing else about the account.
 */
@Component
class RegistrationMail {

    private final EmployerOrganisations organisations;
    private final OutgoingMail mail;
    private final PlatformProperties platform;

    RegistrationMail(EmployerOrganisations organisations, OutgoingMail mail, PlatformProperties platform) {
        this.organisations = organisations;
        this.mail = mail;
        this.platform = platform;
    }

    @ApplicationModuleListener
    void on(EmployerRegistered event) {
        AtomicReference<@Nullable EmployerSummary> company = new AtomicReference<>();
        SystemTask.run(() -> company.set(organisations.find(event.employerId()).orElse(null)));
        EmployerSummary registered = company.get();
        if (registered == null || registered.contactEmail() == null || registered.contactEmail().isBlank()) {
            return;
        }
        mail.send(new MailMessage(registered.contactEmail(),
                Formats.DUTCH.text("frontdoor.mail.registered.subject", registered.name()),
                Formats.DUTCH.text("frontdoor.mail.registered.body", registered.name(), event.actor(),
                        platform.link("login"), registered.kvkNumber())));
    }
}
