package nl.werkbrug.referrals.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.referrals.Referral;
import nl.werkbrug.referrals.Referrals;
import nl.werkbrug.referrals.ReplyTarget;
import nl.werkbrug.referrals.VoordrachtState;
import nl.werkbrug.shared.DutchTime;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.tenancy.CurrentTenant;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantDirectory;

/**
 * A consultant's referrals: the other municipalities' proposals of this municipality's candidates that wait for its
 * agreement (agree or not), and the consultant's own proposals with their state and on whom they wait (the owner's
 * agreement, the employer with the reply-time target, nobody), as a list; an open one can be withdrawn.
 */
@Route("gemeente/:tenant/voordrachten")
@RolesAllowed("CONSULTANT")
class ReferralsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Referrals referrals;
    private final CurrentTenant currentTenant;
    private final TenantDirectory directory;
    private final Paragraph status = new Paragraph();

    ReferralsView(Referrals referrals, CurrentTenant currentTenant, TenantDirectory directory) {
        this.referrals = referrals;
        this.currentTenant = currentTenant;
        this.directory = directory;
        addClassName("werkbrug-page");
        status.setId("referrals-status");
        status.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("referral.consultant.title")),
                new Paragraph(getTranslation("referral.consultant.intro")), status);
        add(new H2(getTranslation("referral.agreement.heading")));
        List<Referral> awaiting = referrals.awaitingAgreement();
        Div agreements = new Div();
        agreements.setId("referral-agreements");
        if (awaiting.isEmpty()) {
            agreements.add(new Paragraph(getTranslation("referral.agreement.none")));
        }
        awaiting.forEach(referral -> agreements.add(agreement(referral)));
        add(agreements, new H2(getTranslation("referral.mine.heading")), mine());
    }

    private Component agreement(Referral referral) {
        Formats formats = Formats.of(getLocale());
        String tenant = currentTenant.require();
        Paragraph line = new Paragraph(getTranslation("referral.agreement.line", referral.pseudonym(),
                referral.vacancyTitle(), referral.employerName(), name(referral.proposerTenant()),
                formats.date(LocalDate.ofInstant(referral.proposedAt(), DutchTime.ZONE))));
        Anchor file = new Anchor("gemeente/" + tenant + "/dossiers/" + referral.fileId(),
                getTranslation("referral.agreement.file", referral.pseudonym()));
        Button agree = new Button(getTranslation("referral.agreement.agree"),
                click -> act(() -> referrals.agree(referral.id()), "referral.agreement.agreed"));
        agree.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        agree.setAriaLabel(getTranslation("referral.agreement.agree-label", referral.pseudonym(), referral.vacancyTitle()));
        Button refuse = new Button(getTranslation("referral.agreement.refuse"),
                click -> act(() -> referrals.refuseAgreement(referral.id(), null), "referral.agreement.refused"));
        refuse.setAriaLabel(getTranslation("referral.agreement.refuse-label", referral.pseudonym(),
                referral.vacancyTitle()));
        Div box = new Div(line);
        if (referral.motivation() != null) {
            box.add(new Paragraph(getTranslation("referral.motivation", referral.motivation())));
        }
        box.add(new Paragraph(file), new HorizontalLayout(agree, refuse));
        return box;
    }

    private Component mine() {
        Formats formats = Formats.of(getLocale());
        List<Referral> mine = referrals.mine();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("referral.mine.none"));
            none.setId("referrals-mine");
            return none;
        }
        UnorderedList list = new UnorderedList();
        list.setId("referrals-mine");
        for (Referral referral : mine) {
            ListItem item = new ListItem(new Span(getTranslation("referral.mine.line", referral.pseudonym(),
                    referral.vacancyTitle(), referral.employerName(), getTranslation(referral.state().labelKey()),
                    waitingOn(referral, formats))));
            if (referral.state().open()) {
                item.add(new Span(" "), withdrawButton(referral));
            }
            list.add(item);
        }
        return list;
    }

    private Component withdrawButton(Referral referral) {
        Button withdraw = new Button(getTranslation("referral.withdraw"),
                click -> act(() -> referrals.withdraw(referral.id()), "referral.withdrawn"));
        withdraw.setAriaLabel(getTranslation("referral.withdraw-label", referral.pseudonym(), referral.vacancyTitle()));
        return withdraw;
    }

    private String waitingOn(Referral referral, Formats formats) {
        if (referral.state() == VoordrachtState.WACHT_OP_AKKOORD) {
            return getTranslation("referral.waiting.owner", name(referral.ownerTenant()));
        }
        if (VoordrachtState.WAITING_ON_EMPLOYER.contains(referral.state()) && referral.sentAt() != null) {
            Tenant proposer = directory.require(referral.proposerTenant());
            LocalDate lastDay = new ReplyTarget(proposer.referrals().replyWorkingDays())
                    .lastDay(LocalDate.ofInstant(referral.sentAt(), DutchTime.ZONE));
            return getTranslation(referral.state() == VoordrachtState.UITGENODIGD ? "referral.waiting.employer-hire"
                    : "referral.waiting.employer", formats.date(lastDay));
        }
        return getTranslation("referral.waiting.nobody");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            show();
            status.setText(getTranslation(doneKey));
        } catch (InvalidInputException invalid) {
            status.setText(invalid.problems().stream().map(problem -> getTranslation(problem.messageKey(),
                    problem.args().toArray())).reduce((a, b) -> a + " " + b).orElse(""));
        }
    }

    private String name(String tenant) {
        return directory.find(tenant).map(Tenant::name).orElse(tenant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("referral.consultant.title") + " - " + getTranslation("app.name");
    }
}
