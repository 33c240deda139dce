package nl.werkbrug.referrals.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.referrals.Referral;
import nl.werkbrug.referrals.Referrals;
import nl.werkbrug.shared.DutchTime;

/** The employer's inbox of proposed candidates (pseudonymous), newest first, each opening the proposal. */
@Route("werkgever/voordrachten")
@RolesAllowed("EMPLOYER")
class EmployerInboxView extends Main implements HasDynamicTitle {

    EmployerInboxView(Referrals referrals) {
        addClassName("werkbrug-page");
        add(new H1(getTranslation("referral.inbox.title")), new Paragraph(getTranslation("referral.inbox.intro")));
        Formats formats = Formats.of(getLocale());
        List<Referral> inbox = referrals.inbox();
        if (inbox.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("referral.inbox.none"));
            none.setId("referral-inbox");
            add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("referral-inbox");
        for (Referral referral : inbox) {
            String sent = referral.sentAt() == null ? ""
                    : formats.date(LocalDate.ofInstant(referral.sentAt(), DutchTime.ZONE));
            list.add(new ListItem(new Anchor("werkgever/voordrachten/" + referral.id(),
                    getTranslation("referral.inbox.open", referral.pseudonym())),
                    new Span(" " + getTranslation("referral.inbox.line", referral.vacancyTitle(),
                            getTranslation(referral.state().labelKey()), sent))));
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("referral.inbox.title") + " - " + getTranslation("app.name");
    }
}
