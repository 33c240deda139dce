package nl.werkbrug.referrals.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
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
        Formats formats = Formats.of(getLocale());
        Grid<Referral> grid = new Grid<>();
        grid.setId("referral-inbox");
        grid.setAriaLabel(getTranslation("referral.inbox.title"));
        grid.addComponentColumn(referral -> new Anchor("werkgever/voordrachten/" + referral.id(),
                getTranslation("referral.inbox.open", referral.pseudonym()))).setHeader(getTranslation("referral.profile"))
                .setAutoWidth(true);
        grid.addColumn(Referral::vacancyTitle).setHeader(getTranslation("referral.vacancy")).setAutoWidth(true);
        grid.addColumn(referral -> getTranslation(referral.state().labelKey())).setHeader(getTranslation("referral.state"));
        grid.addColumn(referral -> referral.sentAt() == null ? ""
                : formats.date(LocalDate.ofInstant(referral.sentAt(), DutchTime.ZONE)))
                .setHeader(getTranslation("referral.sent-on"));
        grid.setEmptyStateText(getTranslation("referral.inbox.none"));
        grid.setAllRowsVisible(true);
        grid.setItems(referrals.inbox());
        add(new H1(getTranslation("referral.inbox.title")), new Paragraph(getTranslation("referral.inbox.intro")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("referral.inbox.title") + " - " + getTranslation("app.name");
    }
}
