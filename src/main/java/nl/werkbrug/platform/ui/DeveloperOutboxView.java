package nl.werkbrug.platform.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.platform.OutboxMail;
import nl.werkbrug.platform.OutgoingMail;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Value;

/**
 * The developer outbox of the embedded default: the mail the portal would have sent, newest first, with its links
 * clickable. The mail holds invitation links (a way into an employer's account), so the page is not registered at
 * start-up: {@link DeveloperOutboxRoute} adds it only with {@code werkbrug.mail.outbox-page=true} (profile
 * {@code dev}), and then only an administrator of a municipality or the region's coordinator may open it. Without
 * local logins or the outbox it answers "not found" even when registered.
 */
@Route(value = DeveloperOutboxView.PATH, autoLayout = false, registerAtStartup = false)
@RolesAllowed({"TENANT_ADMIN", "COORDINATOR"})
class DeveloperOutboxView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "ontwikkelaar/postvak";

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final OutgoingMail mail;
    private final boolean enabled;

    // werkbrug.login belongs to identity (LoginProperties), which depends on platform; platform reads the key itself
    // rather than depend back on identity.
    DeveloperOutboxView(OutgoingMail mail, @Value("${werkbrug.login:local}") String login) {
        this.mail = mail;
        this.enabled = mail.outboxEnabled() && "local".equals(login);
        addClassName("werkbrug-page");
        setId("outbox");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!enabled) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(new H1(getTranslation("outbox.title")), new Paragraph(getTranslation("outbox.intro")));
        Formats formats = Formats.of(getLocale());
        var mails = mail.outbox(50);
        if (mails.isEmpty()) {
            add(new Paragraph(getTranslation("outbox.empty")));
        }
        for (OutboxMail message : mails) {
            Article article = new Article();
            article.addClassName("werkbrug-mail");
            article.add(new H2(message.subject()),
                    new Paragraph(getTranslation("outbox.to", message.to(), formats.dateTime(message.sentAt()))),
                    new Pre(message.text()));
            Matcher links = LINK.matcher(message.text());
            while (links.find()) {
                Anchor link = new Anchor();
                link.setHref(links.group());
                link.setText(getTranslation("outbox.open-link"));
                link.addClassName("werkbrug-mail-link");
                article.add(new Paragraph(link));
            }
            add(article);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title") + " - " + getTranslation("app.name");
    }
}
