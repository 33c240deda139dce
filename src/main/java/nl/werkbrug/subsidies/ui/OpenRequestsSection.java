package nl.werkbrug.subsidies.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import nl.werkbrug.employer.EmployerHomeSection;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.subsidies.SubsidyRequestSummary;
import nl.werkbrug.subsidies.SubsidyRequests;
import nl.werkbrug.subsidies.SubsidyStatus;

/** The employer home's open requests with status and deadline; questions of a municipality come first and stand out. */
@org.springframework.stereotype.Component
class OpenRequestsSection implements EmployerHomeSection {

    /** How long a decided request stays on the home page, with its letter at hand. */
    static final int DECIDED_DAYS = 30;

    private final SubsidyRequests requests;
    private final Clock clock;

    OpenRequestsSection(SubsidyRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        List<SubsidyRequestSummary> mine = requests.mine();
        LocalDate since = LocalDate.now(clock).minusDays(DECIDED_DAYS);
        Div panel = new Div(new Panel(mine));
        List<SubsidyRequestSummary> decided = mine.stream().filter(request -> request.status().isDecided()
                && request.decidedOn() != null && !request.decidedOn().isBefore(since)).toList();
        if (!decided.isEmpty()) {
            panel.add(new DecidedPanel(decided, requests));
        }
        return panel;
    }

    /** Requests decided in the last {@value #DECIDED_DAYS} days, each with its decision letter. */
    private static final class DecidedPanel extends Composite<Div> {

        DecidedPanel(List<SubsidyRequestSummary> decided, SubsidyRequests requests) {
            getContent().add(new H2(getTranslation("frontdoor.decided")));
            Grid<SubsidyRequestSummary> grid = new Grid<>();
            grid.setId("decided-requests");
            grid.setAriaLabel(getTranslation("frontdoor.decided"));
            grid.addColumn(SubsidyRequestSummary::reference).setHeader(getTranslation("subsidy.reference")).setAutoWidth(true);
            grid.addComponentColumn(request -> new Anchor(requestPath(request), request.instrumentName()))
                    .setHeader(getTranslation("employer.home.request.instrument"));
            grid.addColumn(request -> getTranslation(request.status().labelKey())).setHeader(getTranslation("vacancy.status.short"));
            grid.addColumn(request -> SubsidyTexts.date(this, request.decidedOn())).setHeader(getTranslation("frontdoor.decided-on"));
            grid.addComponentColumn(request -> LetterLink.of(requests, request.municipality(), request.id(),
                    request.reference(), getTranslation("subsidy.letter.download"))).setHeader(getTranslation("frontdoor.letter"));
            grid.setAllRowsVisible(true);
            grid.setItems(decided);
            getContent().add(grid);
        }
    }

    private static final class Panel extends Composite<Div> {

        Panel(List<SubsidyRequestSummary> mine) {
            Formats formats = Formats.of(getLocale());
            List<SubsidyRequestSummary> open = mine.stream().filter(request -> request.status().isOpen())
                    .sorted(Comparator.comparing((SubsidyRequestSummary request) -> request.status() != SubsidyStatus.INFORMATIE_GEVRAAGD)
                            .thenComparing(request -> request.deadline() == null ? LocalDate.MAX : request.deadline()))
                    .toList();
            Div root = getContent();
            root.add(new H2(getTranslation("employer.home.requests")));
            open.stream().filter(request -> request.status() == SubsidyStatus.INFORMATIE_GEVRAAGD).forEach(request -> {
                Paragraph question = new Paragraph(getTranslation("employer.home.question", request.municipalityName(),
                        request.instrumentName(), request.employeeName() == null ? "" : request.employeeName()));
                question.addClassName("werkbrug-notice");
                question.add(new Text(" "), new Anchor(requestPath(request), getTranslation("employer.home.question.answer")));
                root.add(question);
            });
            Grid<SubsidyRequestSummary> grid = new Grid<>();
            grid.setId("open-requests");
            grid.setAriaLabel(getTranslation("employer.home.requests"));
            grid.addColumn(request -> SubsidyTexts.reference(this, request.reference()))
                    .setHeader(getTranslation("subsidy.reference")).setAutoWidth(true);
            grid.addComponentColumn(request -> new Anchor(requestPath(request), request.instrumentName()))
                    .setHeader(getTranslation("employer.home.request.instrument"));
            grid.addColumn(SubsidyRequestSummary::municipalityName).setHeader(getTranslation("employer.home.request.municipality"));
            grid.addColumn(request -> request.employeeName() == null ? "" : request.employeeName())
                    .setHeader(getTranslation("employer.home.request.employee"));
            grid.addColumn(request -> getTranslation(request.status().labelKey())).setHeader(getTranslation("vacancy.status.short"));
            grid.addColumn(request -> request.suspended() ? getTranslation("subsidy.deadline.suspended")
                            : request.deadline() == null ? "" : request.overdue()
                            ? getTranslation("subsidy.deadline.overdue", formats.longDate(request.deadline()))
                            : formats.longDate(request.deadline()))
                    .setHeader(getTranslation("subsidy.deadline"));
            grid.setPartNameGenerator(request -> request.overdue() ? "overdue" : null);
            grid.setEmptyStateText(getTranslation("employer.home.requests.none"));
            grid.setAllRowsVisible(true);
            grid.setItems(open);
            root.add(grid, new Paragraph(new Anchor("werkgever/aanvragen", getTranslation("employer.home.all-requests"))));
        }

    }

    private static String requestPath(SubsidyRequestSummary request) {
        return "werkgever/aanvragen/" + request.municipality() + "/" + request.id();
    }
}
