package nl.werkbrug.subsidies;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import nl.werkbrug.employer.EmployerOrganisations;
import nl.werkbrug.employer.EmployerSummary;
import nl.werkbrug.identity.SystemTask;
import nl.werkbrug.platform.MailMessage;
import nl.werkbrug.platform.OutgoingMail;
import nl.werkbrug.subsidies.internal.SubsidyRequest;
import nl.werkbrug.subsidies.internal.SubsidyRequestRepository;
import nl.werkbrug.tenancy.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails the employer when the municipality asks for information and when it decides. Runs after the commit in the
 * request's municipality (see {@code TenantEventListeners}), reads the request under row-level security and looks the
 * employer's contact address up by id; the event itself carries no address. Texts are Dutch, from the message bundle.
 */
@Component
class EmployerNotifications {

    private static final Logger LOG = LoggerFactory.getLogger(EmployerNotifications.class);
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final SubsidyRequestRepository requests;
    private final EmployerOrganisations employers;
    private final TenantDirectory directory;
    private final OutgoingMail mail;
    private final String baseUrl;

    EmployerNotifications(SubsidyRequestRepository requests, EmployerOrganisations employers, TenantDirectory directory,
                          OutgoingMail mail, @Value("${werkbrug.base-url:}") String baseUrl) {
        this.requests = requests;
        this.employers = employers;
        this.directory = directory;
        this.mail = mail;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(InformationRequested event) {
        send(event, "subsidy.mail.information.subject", "subsidy.mail.information.body", "");
    }

    @ApplicationModuleListener
    void on(SubsidyRequestDecided event) {
        send(event, "subsidy.mail.decided.subject", "subsidy.mail.decided.body",
                text(event.outcome().labelKey()).toLowerCase(DUTCH));
    }

    private void send(SubsidyEvent event, String subjectKey, String bodyKey, String outcome) {
        SubsidyRequest request = requests.findById(event.requestId()).orElseThrow(() ->
                new IllegalStateException("Subsidy request " + event.requestId() + " not found in " + event.tenantId()));
        String[] to = new String[1];
        SystemTask.run(() -> to[0] = employers.find(event.employerId()).map(EmployerSummary::contactEmail).orElse(null));
        if (to[0] == null || to[0].isBlank()) {
            LOG.warn("Employer {} has no contact e-mail; no mail about subsidy request {}", event.employerId(), event.requestId());
            return;
        }
        String municipality = directory.require(event.tenantId()).name();
        String link = baseUrl + "/werkgever/aanvragen/" + event.tenantId() + "/" + event.requestId();
        mail.send(new MailMessage(to[0], text(subjectKey, municipality, "SUB-" + event.requestId()),
                text(bodyKey, municipality, "SUB-" + event.requestId(), request.instrumentName(), outcome, link)));
    }

    private static String text(String key, Object... args) {
        String pattern = ResourceBundle.getBundle("vaadin-i18n/translations", DUTCH).getString(key);
        return new MessageFormat(pattern, DUTCH).format(args);
    }
}
