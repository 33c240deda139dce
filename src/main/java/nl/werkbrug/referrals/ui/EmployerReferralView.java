package nl.werkbrug.referrals.ui;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.candidates.PoolContact;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.referrals.Plaatsing;
import nl.werkbrug.referrals.Referral;
import nl.werkbrug.referrals.Referrals;
import nl.werkbrug.referrals.VoordrachtState;
import nl.werkbrug.shared.DutchTime;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.shared.ui.Facts;
import nl.werkbrug.tenancy.TenantDirectory;

/**
 * One proposal for the employer: opening it marks it as seen. The candidate is a pseudonym (with a link to the pool
 * profile) until the employer invites the candidate; then name, phone and e-mail show (audited). The employer invites,
 * hires with the placement, or rejects with a reason. A proposal of another employer shows the not-found page.
 */
@Route("werkgever/voordrachten/:id")
@RolesAllowed("EMPLOYER")
class EmployerReferralView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Referrals referrals;
    private final nl.werkbrug.referrals.PlacementSubsidyRequests subsidies;
    private final TenantDirectory directory;
    private final Paragraph status = new Paragraph();
    private @org.jspecify.annotations.Nullable UUID shown;

    EmployerReferralView(Referrals referrals, nl.werkbrug.referrals.PlacementSubsidyRequests subsidies,
                         TenantDirectory directory) {
        this.referrals = referrals;
        this.subsidies = subsidies;
        this.directory = directory;
        addClassName("werkbrug-page");
        status.setId("referral-status");
        status.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Referral> found = event.getRouteParameters().get("id")
                .filter(id -> id.matches("[0-9a-f-]{36}")).flatMap(id -> referrals.open(UUID.fromString(id)));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void show(Referral referral) {
        removeAll();
        shown = referral.id();
        Formats formats = Formats.of(getLocale());
        add(new Anchor("werkgever/voordrachten", getTranslation("referral.inbox.back")),
                new H1(getTranslation("referral.employer.title", referral.pseudonym(), referral.vacancyTitle())), status);
        DescriptionList facts = new DescriptionList();
        facts.setId("referral-facts");
        Facts.term(this, facts, "referral.state", getTranslation(referral.state().labelKey()));
        Facts.term(this, facts, "referral.proposed-by", directory.find(referral.proposerTenant())
                .map(nl.werkbrug.tenancy.Tenant::name).orElse(referral.proposerTenant()));
        if (referral.sentAt() != null) {
            Facts.term(this, facts, "referral.sent-on", formats.date(LocalDate.ofInstant(referral.sentAt(), DutchTime.ZONE)));
        }
        if (referral.motivation() != null) {
            Facts.term(this, facts, "referral.motivation.term", referral.motivation());
        }
        Plaatsing placement = referral.placement();
        if (placement != null) {
            Facts.term(this, facts, "referral.placement", placementText(placement, formats));
            subsidies.of(java.util.List.of(referral.id())).forEach(request -> Facts.term(this, facts,
                    "referral.placement.subsidy", request.reference() + " (" + request.instrumentCode() + ")"));
        }
        add(facts, new Anchor("werkgever/pool/profiel/" + referral.pseudonym(),
                getTranslation("referral.employer.profile", referral.pseudonym())));
        if (placement != null) {
            // a request for this placement: the municipality of the candidate's file decides it (issue 9, 12)
            Anchor request = new Anchor("werkgever/aanvragen/nieuw?gemeente=" + referral.ownerTenant() + "&plaatsing="
                    + referral.id() + "&uren=" + java.util.Objects.requireNonNull(placement.hoursPerWeek())
                    .stripTrailingZeros().toPlainString(), getTranslation("referral.placement.request"));
            request.setId("referral-request-subsidy");
            add(request);
        }
        if (referral.state() == VoordrachtState.UITGENODIGD || referral.state() == VoordrachtState.AANGENOMEN) {
            referrals.contact(referral.id()).ifPresent(this::showContact);
        } else if (referral.state().open()) {
            add(new Paragraph(getTranslation("referral.employer.pseudonymous")));
        }
        if (referral.state() == VoordrachtState.BEKEKEN) {
            Button invite = new Button(getTranslation("referral.invite"), click -> {
                try {
                    show(referrals.invite(referral.id()));
                    status.setText(getTranslation("referral.invited"));
                } catch (InvalidInputException invalid) {
                    status.setText(getTranslation("referral.error.state"));
                }
            });
            invite.setId("referral-invite");
            invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(invite);
        }
        if (referral.state() == VoordrachtState.UITGENODIGD) {
            add(new DecisionForms.HireForm(referrals, referral.id(), this::reload));
        }
        if (referral.state() == VoordrachtState.BEKEKEN || referral.state() == VoordrachtState.UITGENODIGD) {
            add(new DecisionForms.RejectForm(referrals, referral.id(), this::reload));
        }
    }

    private String placementText(Plaatsing placement, Formats formats) {
        return getTranslation("referral.placement.line", formats.date(placement.start()),
                formats.number(placement.hoursPerWeek()),
                getTranslation("vacancy.contract-type." + java.util.Objects.requireNonNull(placement.contractType()).name()));
    }

    private void showContact(PoolContact contact) {
        Div box = new Div(new H2(getTranslation("referral.employer.contact")),
                new Paragraph(getTranslation("introduction.candidate.name", contact.name())),
                new Paragraph(new Anchor("tel:" + contact.phone().replace(" ", ""),
                        getTranslation("introduction.candidate.phone", contact.phone()))),
                new Paragraph(new Anchor("mailto:" + contact.email(),
                        getTranslation("introduction.candidate.email", contact.email()))));
        box.setId("referral-candidate");
        add(box);
    }

    private void reload(String doneKey) {
        if (shown != null) {
            referrals.open(shown).ifPresent(this::show);
        }
        status.setText(getTranslation(doneKey));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("referral.inbox.title") + " - " + getTranslation("app.name");
    }
}
