package nl.werkbrug.subsidies;
import nl.werkbrug.subsidies.SubsidyEvent.SubsidyRequestDecided;
import nl.werkbrug.subsidies.SubsidyEvent.InformationRequested;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import nl.werkbrug.employer.EmployerOrganisations;
import nl.werkbrug.employer.EmployerSummary;
import nl.werkbrug.identity.SystemTask;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.platform.MailMessage;
import nl.werkbrug.platform.OutgoingMail;
import nl.werkbrug.platform.PlatformProperties;
import nl.werkbrug.subsidies.SubsidyEvent.DecisionTermExtended;
import nl.werkbrug.subsidies.internal.InformationRequestRepository;
import nl.werkbrug.subsidies.internal.SubsidyRequest;
import nl.werkbrug.subsidies.internal.SubsidyRequestRepository;
import nl.werkbrug.tenancy.TenantDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Formats FORMATS = Formats.DUTCH;

    private final SubsidyRequestRepository requests;
    private final InformationRequestRepository questions;
    private final EmployerOrganisations employers;
    private final TenantDirectory directory;
    private final OutgoingMail mail;
    private final PlatformProperties platform;

    EmployerNotifications(SubsidyRequestRepository requests, InformationRequestRepository questions,
                          EmployerOrganisations employers, TenantDirectory directory, OutgoingMail mail,
                          PlatformProperties platform) {
        this.requests = requests;
        this.questions = questions;
        this.employers = employers;
        this.directory = directory;
        this.mail = mail;
        this.platform = platform;
    }

    @ApplicationModuleListener
    void on(InformationRequested event) {
        LocalDate due = questions.findByRequestIdOrderByIdAsc(event.requestId()).stream()
                .map(question -> question.answerDue).filter(Objects::nonNull).reduce((first, last) -> last).orElse(null);
        send(event, "subsidy.mail.information.subject", "subsidy.mail.information.body",
                due == null ? "" : text("subsidy.mail.information.due", FORMATS.longDate(due)));
    }

    /** Awb 4:14: the employer is told the new decision date. */
    @ApplicationModuleListener
    void on(DecisionTermExtended event) {
        send(event, "subsidy.mail.extended.subject", "subsidy.mail.extended.body", FORMATS.longDate(event.extendedTo()));
    }

    @ApplicationModuleListener
    void on(SubsidyRequestDecided event) {
        send(event, "subsidy.mail.decided.subject", "subsidy.mail.decided.body",
                text(event.outcome().labelKey()).toLowerCase(DUTCH));
    }

    /** {@code detail} is the body's {3}: the outcome, the answer term or the new date. */
    private void send(SubsidyEvent event, String subjectKey, String bodyKey, String detail) {
        SubsidyRequest request = requests.findById(event.requestId()).orElseThrow(() ->
                new IllegalStateException("Subsidy request " + event.requestId() + " not found in " + event.tenantId()));
        @Nullable String to = contactAddress(event.employerId());
        if (to == null || to.isBlank()) {
            LOG.warn("Employer {} has no contact e-mail; no mail about subsidy request {}", event.employerId(), event.requestId());
            return;
        }
        String municipality = directory.require(event.tenantId()).name();
        String link = platform.link("werkgever/aanvragen/" + event.tenantId() + "/" + event.requestId());
        String reference = String.valueOf(request.reference());
        mail.send(new MailMessage(to, text(subjectKey, municipality, reference),
                text(bodyKey, municipality, reference, request.instrumentName(), detail, link)));
    }

    /** The organisation's contact address, read as the system: the listener runs for no user. */
    private @Nullable String contactAddress(long employerId) {
        AtomicReference<@Nullable String> address = new AtomicReference<>();
        SystemTask.run(() -> address.set(employers.find(employerId).map(EmployerSummary::contactEmail).orElse(null)));
        return address.get();
    }

    private static String text(String key, Object... args) {
        return FORMATS.text(key, args);
    }
}
