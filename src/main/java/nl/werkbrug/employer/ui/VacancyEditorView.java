package nl.werkbrug.employer.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.employer.ContractType;
import nl.werkbrug.employer.Occupations;
import nl.werkbrug.employer.Vacancies;
import nl.werkbrug.employer.VacancyDetail;
import nl.werkbrug.employer.VacancyDraft;
import nl.werkbrug.employer.VacancyStatus;
import nl.werkbrug.shared.ui.Confirmation;
import nl.werkbrug.shared.ui.ProblemFields;
import org.jspecify.annotations.Nullable;

/**
 * Writing a vacancy: save it as concept, publish it, close it, reopen it. {@link VacancyDraft} judges the input;
 * its problems are shown in Dutch at their fields and nothing typed is lost. Route {@code werkgever/vacatures/nieuw}
 * starts a new one.
 */
@Route("werkgever/vacatures/:id")
@RolesAllowed("EMPLOYER")
class VacancyEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "nieuw";

    private final Vacancies vacancies;
    private final Clock clock;
    private final Binder<VacancyForm> binder = new Binder<>();
    private VacancyForm form = new VacancyForm();
    private @Nullable VacancyDetail vacancy;

    private final H1 heading = new H1();
    private final Paragraph status = new Paragraph();
    private final Paragraph message = new Paragraph();
    private final Paragraph formError = new Paragraph();
    private final ProblemFields problems = new ProblemFields(this, formError);
    private final VacancyContractSection contract;
    private final Button save = new Button();
    private final Button publish = new Button();
    private final Button close = new Button();
    private final Button reopen = new Button();
    private final Anchor candidates = new Anchor();

    VacancyEditorView(Vacancies vacancies, Occupations occupations, Clock clock) {
        this.vacancies = vacancies;
        this.clock = clock;
        addClassName("werkbrug-page");
        setId("vacancy-editor");
        contract = new VacancyContractSection(binder, problems);

        status.setId("vacancy-status");
        message.setId("vacancy-message");
        message.getElement().setAttribute("role", "status");
        formError.setId("form-error");
        formError.getElement().setAttribute("role", "alert");
        formError.addClassName("werkbrug-form-error");
        button(save, "vacancy-save", "vacancy.save", () -> saveThen(null, "vacancy.saved"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button(publish, "vacancy-publish", "vacancy.publish", () -> saveThen(vacancies::publish, "vacancy.published"));
        button(close, "vacancy-close", "vacancy.close", () -> Confirmation.ask(this, "frontdoor.unpublish",
                () -> transition(vacancies::close, "vacancy.closed")));
        button(reopen, "vacancy-reopen", "vacancy.reopen", () -> transition(vacancies::reopen, "vacancy.reopened"));

        add(heading, status, message, new VacancyJobSection(binder, problems, occupations.all()), contract,
                new VacancyCandidateSection(binder, problems), new VacancyCandidateSection.Arrangements(binder, problems),
                formError, new HorizontalLayout(save, publish, close, reopen), new Paragraph(candidates),
                new Paragraph(new Anchor("werkgever/vacatures", getTranslation("vacancy.back"))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse(NEW);
        if (NEW.equals(id)) {
            vacancy = null;
            form = new VacancyForm();
        } else {
            Optional<VacancyDetail> found = id.matches("[0-9]{1,18}") ? vacancies.mine(Long.parseLong(id)) : Optional.empty();
            if (found.isEmpty()) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            vacancy = found.get();
            form = VacancyForm.of(vacancy);
        }
        show(form);
    }

    private void show(VacancyForm shown) {
        binder.readBean(shown);
        contract.show(shown.getContractType());
        problems.show(List.of(), "form.check-fields");
        refresh();
    }

    private void refresh() {
        heading.setText(vacancy == null ? getTranslation("vacancy.new") : vacancy.title());
        VacancyStatus current = vacancy == null ? VacancyStatus.CONCEPT : vacancy.status();
        status.setText(getTranslation("vacancy.status", getTranslation("vacancy.status." + current.name())));
        publish.setVisible(current == VacancyStatus.CONCEPT);
        close.setVisible(current == VacancyStatus.PUBLISHED);
        reopen.setVisible(current == VacancyStatus.CLOSED);
        save.setText(getTranslation(current == VacancyStatus.CONCEPT ? "vacancy.save" : "vacancy.save-changes"));
        // the pool's ranked candidates (module matching)
        candidates.setVisible(vacancy != null);
        candidates.setText(getTranslation("matching.link.candidates"));
        candidates.setId("vacancy-candidates");
        if (vacancy != null) {
            candidates.setHref("werkgever/vacatures/" + vacancy.id() + "/kandidaten");
        }
    }

    /** Saves when the draft breaks no rule; then, if given, runs the next step (publishing) on the saved vacancy. */
    private void saveThen(@Nullable LongFunction<VacancyDetail> next, String doneKey) {
        message.setText("");
        VacancyForm typed = new VacancyForm();
        binder.writeBeanAsDraft(typed, true);
        VacancyDraft draft = typed.toDraft();
        if (!problems.show(draft.problems(LocalDate.now(clock), vacancy == null ? null : vacancy.validThrough()),
                "form.check-fields")) {
            problems.focusFirst();
            return;
        }
        try {
            VacancyDetail saved = vacancy == null ? vacancies.create(draft) : vacancies.update(vacancy.id(), draft);
            if (next != null) {
                saved = next.apply(saved.id());
            }
            boolean wasNew = vacancy == null;
            vacancy = saved;
            form = VacancyForm.of(saved);
            show(form);
            message.setText(getTranslation(doneKey));
            if (wasNew) {
                String path = "werkgever/vacatures/" + saved.id();
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, path));
            }
        } catch (IllegalArgumentException e) {
            formError.setText(getTranslation("form.check-fields"));
        }
    }

    private void transition(LongFunction<VacancyDetail> step, String doneKey) {
        if (vacancy == null) {
            return;
        }
        vacancy = step.apply(vacancy.id());
        refresh();
        message.setText(getTranslation(doneKey));
    }

    private void button(Button button, String id, String key, Runnable action) {
        button.setId(id);
        button.setText(getTranslation(key));
        button.addClickListener(event -> action.run());
    }

    @Override
    public String getPageTitle() {
        return (vacancy == null ? getTranslation("vacancy.new") : vacancy.title()) + " - " + getTranslation("app.name");
    }
}
