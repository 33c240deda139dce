package nl.werkbrug.pool.internal;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import nl.werkbrug.candidates.PoolContact;
import nl.werkbrug.candidates.PoolSources;
import nl.werkbrug.identity.LocalAccounts;
import nl.werkbrug.identity.SystemTask;
import nl.werkbrug.platform.MailMessage;
import nl.werkbrug.platform.OutgoingMail;
import nl.werkbrug.platform.PlatformProperties;
import nl.werkbrug.pool.PoolEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the consultant responsible for a file that an introduction to its profile was asked for. Runs after the
 * commit in the owning municipality (see {@code TenantEventListeners}) as the portal itself. The mail names the
 * profile's pseudonym and the requester, never the candidate: the consultant opens the inbox to see more.
 */
@Component
class IntroductionNotifications {

    private static final Logger log = LoggerFactory.getLogger(IntroductionNotifications.class);

    private final IntroductionStore store;
    private final PoolSources sources;
    private final LocalAccounts accounts;
    private final OutgoingMail mail;
    private final PlatformProperties platform;

    IntroductionNotifications(IntroductionStore store, PoolSources sources, LocalAccounts accounts, OutgoingMail mail,
                              PlatformProperties platform) {
        this.store = store;
        this.sources = sources;
        this.accounts = accounts;
        this.mail = mail;
        this.platform = platform;
    }

    @ApplicationModuleListener
    void on(PoolEvent.IntroductionRequested event) {
        AtomicReference<Optional<String>> address = new AtomicReference<>(Optional.empty());
        SystemTask.run(() -> address.set(sources.contact(event.fileId()).map(PoolContact::consultant)
                .flatMap(accounts::addressOf)));
        var introduction = store.find(event.introductionId()).orElseThrow(() ->
                new IllegalStateException("Introduction " + event.introductionId() + " not found in " + event.tenantId()));
        if (address.get().isEmpty()) {
            log.info("No responsible consultant with an e-mail address for the file behind {}; the request waits in "
                    + "the inbox of {}", introduction.pseudonym(), event.tenantId());
            return;
        }
        String link = platform.link("gemeente/" + event.tenantId() + "/kennismakingen");
        mail.send(new MailMessage(address.get().get(), "Kennismakingsverzoek voor poolprofiel " + introduction.pseudonym(),
                """
                Goedendag,

                %s vraagt om kennis te maken met de kandidaat achter poolprofiel %s, van wie u de consulent bent.
                Vraag de kandidaat of die dat wil en leg het antwoord vast in de kennismakingen van de werkplaats:
                %s

                Deze e-mail bevat bewust geen gegevens van de kandidaat.

                Werkbrug
                """.formatted(introduction.requesterName(), introduction.pseudonym(), link)));
    }
}
