package nl.werkbrug.matching.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.matching.Matching;
import nl.werkbrug.matching.RankedCandidates;
import nl.werkbrug.matching.VacancyMarks;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.pool.PoolQuotaExceededException;

/** "Kandidaten": the pool's best candidates for a vacancy of the employer's company, with the reasons per row. */
@Route("werkgever/vacatures/:id/kandidaten")
@RolesAllowed("EMPLOYER")
class VacancyCandidatesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Matching matching;

    VacancyCandidatesView(Matching matching) {
        this.matching = matching;
        addClassName("werkbrug-page");
        setId("matching-candidates");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        removeAll();
        Optional<RankedCandidates> ranked;
        try {
            ranked = id.matches("[0-9]{1,18}") ? matching.candidatesFor(Long.parseLong(id)) : Optional.empty();
        } catch (PoolQuotaExceededException e) {
            add(new H1(getTranslation("matching.candidates.title")), MatchList.status(getTranslation(e.messageKey(), e.args())));
            return;
        }
        if (ranked.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        RankedCandidates list = ranked.get();
        add(new H1(getTranslation("matching.candidates.heading", list.vacancy().title())),
                new Paragraph(getTranslation("matching.candidates.intro", Matching.TOP)),
                Transparency.line(this, list.weightsVersion()));
        if (list.vacancy().banenafspraak()) {
            Paragraph banenafspraak = new Paragraph(getTranslation("matching.candidates.banenafspraak"));
            banenafspraak.setId("matching-banenafspraak");
            add(banenafspraak);
        }
        if (list.vacancy().sroi()) {
            Paragraph sroi = new Paragraph(getTranslation("matching.candidates.sroi"));
            sroi.setId("matching-sroi");
            add(sroi);
        }
        add(MatchList.status(getTranslation("matching.candidates.considered", list.considered())));
        List<String> marks = VacancyMarks.of(list.vacancy());
        MatchList rows = new MatchList("matching-candidate-list", Formats.of(getLocale()));
        rows.show(list.matches().stream().map(match -> new MatchList.Row(match.key(), match, marks,
                "werkgever/pool/profiel/" + match.key(), "matching.candidates.open-profile")).toList(),
                "matching.candidates.empty");
        add(rows, new Paragraph(new Anchor("werkgever/vacatures/" + list.vacancy().id(),
                getTranslation("matching.candidates.back"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("matching.candidates.title") + " - " + getTranslation("app.name");
    }
}
