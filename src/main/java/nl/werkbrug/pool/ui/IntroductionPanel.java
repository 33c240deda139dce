package nl.werkbrug.pool.ui;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import nl.werkbrug.employer.Vacancies;
import nl.werkbrug.employer.VacancyDetail;
import nl.werkbrug.employer.VacancyFilter;
import nl.werkbrug.employer.VacancyStatus;
import nl.werkbrug.identity.CurrentUser;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.pool.Introduction;
import nl.werkbrug.pool.IntroductionRequest;
import nl.werkbrug.pool.IntroductionState;
import nl.werkbrug.pool.Introductions;
import nl.werkbrug.pool.RevealedCandidate;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.shared.ui.FormSection;
import nl.werkbrug.shared.ui.ProblemFields;
import org.jspecify.annotations.Nullable;

/**
 * "Kennismaking aanvragen" on a pool profile, for an employer's user or a consultant of another municipality: asks
 * with a vacancy (an employer's own published ones; for consultants the region's) or a message, shows the state of
 * the user's own latest request (and lets them withdraw an open one), and once the candidate consented shows name,
 * phone and e-mail; every showing is audited by the pool. The profile page embeds it:
 * {@code new IntroductionPanel(introductions, vacancies, currentUser, profileId)}.
 */
public class IntroductionPanel extends Composite<Div> {

    /** What the user types, bound by the form. */
    static final class Typed {
        @Nullable VacancyDetail vacancy;
        String message = "";
    }

    private final Introductions introductions;
    private final Vacancies vacancies;
    private final CurrentUser currentUser;
    private final UUID profileId;
    private final Formats formats;
    private final Paragraph status = new Paragraph();
    private final Div body = new Div();

    public IntroductionPanel(Introductions introductions, Vacancies vacancies, CurrentUser currentUser,
                             UUID profileId) {
        this.introductions = introductions;
        this.vacancies = vacancies;
        this.currentUser = currentUser;
        this.profileId = profileId;
        this.formats = Formats.of(getLocale());
        getContent().setId("introduction-panel");
        status.setId("introduction-status");
        status.getElement().setAttribute("role", "status");
        getContent().add(new H2(getTranslation("introduction.heading")), status, body);
        refresh();
    }

    private void refresh() {
        body.removeAll();
        Optional<Introduction> latest = introductions.mine(profileId).stream().findFirst();
        latest.ifPresent(this::showState);
        if (latest.isEmpty() || !latest.get().state().open() && latest.get().state() != IntroductionState.TOESTEMMING) {
            body.add(new RequestForm(this));
        }
    }

    private void showState(Introduction introduction) {
        Paragraph state = new Paragraph(getTranslation("introduction.state", formats.date(introduction.requestedAt()),
                getTranslation(introduction.state().labelKey())));
        state.setId("introduction-state");
        body.add(state);
        if (introduction.state().open()) {
            body.add(new Paragraph(introduction.expiresOn() == null ? getTranslation("introduction.no-expiry")
                    : getTranslation("introduction.expires", formats.date(introduction.expiresOn()))));
            Button withdraw = new Button(getTranslation("introduction.withdraw"), click -> {
                introductions.withdraw(introduction.id());
                status.setText(getTranslation("introduction.withdrawn"));
                refresh();
            });
            withdraw.setId("introduction-withdraw");
            body.add(withdraw);
        } else if (introduction.state() == IntroductionState.TOESTEMMING) {
            introductions.reveal(introduction.id()).ifPresentOrElse(this::showCandidate, () ->
                    body.add(new Paragraph(getTranslation("introduction.no-longer-visible"))));
        }
    }

    private void showCandidate(RevealedCandidate candidate) {
        Div contact = new Div(new Paragraph(getTranslation("introduction.candidate.name", candidate.name())),
                new Paragraph(new Anchor("tel:" + candidate.phone().replace(" ", ""),
                        getTranslation("introduction.candidate.phone", candidate.phone()))),
                new Paragraph(new Anchor("mailto:" + candidate.email(),
                        getTranslation("introduction.candidate.email", candidate.email()))));
        contact.setId("introduction-candidate");
        body.add(contact);
    }

    private List<VacancyDetail> vacancyChoices() {
        boolean employer = currentUser.get().flatMap(user -> user.employerMembership()).isPresent();
        return (employer ? vacancies.mine() : vacancies.published(VacancyFilter.none())).stream()
                .filter(vacancy -> vacancy.status() == VacancyStatus.PUBLISHED).toList();
    }

    /** The request: a vacancy, a message or both. */
    private static final class RequestForm extends FormSection<Typed> {

        private final Typed typed = new Typed();

        RequestForm(IntroductionPanel panel) {
            this(panel, new Binder<>(), new Paragraph());
        }

        private RequestForm(IntroductionPanel panel, Binder<Typed> binder, Paragraph message) {
            this(panel, binder, new ProblemFields(message, message), message);
        }

        private RequestForm(IntroductionPanel panel, Binder<Typed> binder, ProblemFields problems,
                            Paragraph message) {
            super(binder, problems, null);
            getContent().setId("introduction-form");
            Select<VacancyDetail> vacancy = new Select<>();
            vacancy.setItems(panel.vacancyChoices());
            vacancy.setEmptySelectionAllowed(true);
            vacancy.setEmptySelectionCaption(getTranslation("introduction.no-vacancy"));
            vacancy.setItemLabelGenerator(choice -> choice == null ? getTranslation("introduction.no-vacancy")
                    : choice.title() + " (" + choice.employerName() + ")");
            labelled(vacancy, "introduction-vacancy", "introduction.vacancy", "vacancyId", t -> t.vacancy,
                    (t, value) -> t.vacancy = value);
            labelled(new TextArea(), "introduction-message", "introduction.message", "message", t -> t.message,
                    (t, value) -> t.message = value);
            binder.readBean(typed);
            Button ask = new Button(getTranslation("introduction.ask"), click -> {
                binder.writeBeanIfValid(typed);
                try {
                    panel.introductions.request(panel.profileId, new IntroductionRequest(
                            typed.vacancy == null ? null : typed.vacancy.id(), typed.message));
                    panel.status.setText(getTranslation("introduction.asked"));
                    panel.refresh();
                } catch (InvalidInputException invalid) {
                    problems.show(invalid.problems(), "introduction.invalid");
                    problems.focusFirst();
                }
            });
            ask.setId("introduction-ask");
            ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            message.setId("introduction-message-text");
            add(ask);
            add(message);
        }
    }
}
