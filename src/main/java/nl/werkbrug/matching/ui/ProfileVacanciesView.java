package nl.werkbrug.matching.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.employer.VacancyDetail;
import nl.werkbrug.matching.Matching;
import nl.werkbrug.matching.RankedVacancies;
import nl.werkbrug.matching.VacancyMarks;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.pool.PoolQuotaExceededException;
import nl.werkbrug.tenancy.CurrentTenant;

/**
 * "Passende vacatures": the region's best open vacancies for a pool profile of the consultant's own municipality,
 * banenafspraak and SROI vacancies marked and filterable.
 */
@Route("gemeente/:tenant/pool/profiel/:pseudonym/vacatures")
@RolesAllowed("CONSULTANT")
class ProfileVacanciesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Matching matching;
    private final CurrentTenant currentTenant;
    private final Checkbox banenafspraakOnly = new Checkbox();
    private final Checkbox sroiOnly = new Checkbox();
    private List<RankedVacancies.VacancyMatch> matches = List.of();
    private MatchList rows = new MatchList("matching-vacancy-list", Formats.DUTCH);
    private String tenant = "";
    private String pseudonym = "";

    ProfileVacanciesView(Matching matching, CurrentTenant currentTenant) {
        this.matching = matching;
        this.currentTenant = currentTenant;
        addClassName("werkbrug-page");
        setId("matching-vacancies");
        banenafspraakOnly.setId("matching-filter-banenafspraak");
        sroiOnly.setId("matching-filter-sroi");
        banenafspraakOnly.addValueChangeListener(event -> rank());
        sroiOnly.addValueChangeListener(event -> rank());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = currentTenant.require();
        pseudonym = event.getRouteParameters().get("pseudonym").orElse("");
        removeAll();
        add(new H1(getTranslation("matching.vacancies.title")));
        Anchor back = new Anchor("gemeente/" + tenant + "/pool/profiel/" + pseudonym,
                getTranslation("matching.vacancies.back"));
        Optional<RankedVacancies> ranked;
        try {
            ranked = matching.vacanciesFor(pseudonym, marks());
        } catch (PoolQuotaExceededException e) {
            add(MatchList.status(getTranslation(e.messageKey(), e.args())), new Paragraph(back));
            return;
        }
        if (ranked.isEmpty()) {
            add(MatchList.status(getTranslation("matching.vacancies.not-found")), new Paragraph(back));
            return;
        }
        matches = ranked.get().matches();
        banenafspraakOnly.setLabel(getTranslation("matching.vacancies.banenafspraak-only"));
        sroiOnly.setLabel(getTranslation("matching.vacancies.sroi-only"));
        rows = new MatchList("matching-vacancy-list", Formats.of(getLocale()));
        add(new Paragraph(getTranslation("matching.vacancies.intro", ranked.get().pseudonym())),
                Transparency.line(this, ranked.get().weightsVersion()),
                new HorizontalLayout(banenafspraakOnly, sroiOnly), rows, new Paragraph(back));
        showRows();
    }

    private VacancyMarks marks() {
        return new VacancyMarks(banenafspraakOnly.getValue(), sroiOnly.getValue());
    }

    /** Ranks again with the marks asked: the filter chooses before the best are taken. */
    private void rank() {
        try {
            matches = matching.vacanciesFor(pseudonym, marks()).map(RankedVacancies::matches).orElse(List.of());
        } catch (PoolQuotaExceededException e) {
            matches = List.of();
        }
        showRows();
    }

    private void showRows() {
        rows.show(matches.stream()
                .map(match -> new MatchList.Row(title(match.vacancy()), match.match(), VacancyMarks.of(match.vacancy()),
                        "gemeente/" + tenant + "/vacatures/" + match.vacancy().id(), "matching.vacancies.open"))
                .toList(), "matching.vacancies.empty");
    }

    private static String title(VacancyDetail vacancy) {
        return vacancy.title() + " · " + vacancy.employerName() + ", " + vacancy.place();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("matching.vacancies.title") + " - " + getTranslation("app.name");
    }
}
