package nl.werkbrug.casework;

import static nl.werkbrug.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import nl.werkbrug.candidates.CandidateFileDetail;
import nl.werkbrug.candidates.CandidateFileSummary;
import nl.werkbrug.candidates.CandidateFiles;
import nl.werkbrug.candidates.CandidateFixtures;
import nl.werkbrug.candidates.ContactKind;
import nl.werkbrug.candidates.FileEntry;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.support.BrowserlessViewTest;
import nl.werkbrug.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The consultant's caseload page on files opened for users of this test only (the demo caseloads belong to the demo
 * consultants), each run under a family-name prefix of its own so team-wide counts can be exact.
 */
class CaseloadViewTests extends BrowserlessViewTest {

    @Autowired
    CandidateFiles files;

    @Autowired
    Clock clock;

    private final String prefix = "Cvt" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36);

    @Test
    void the_hengelo_consultant_sees_the_norm_and_narrows_the_list_by_rung_by_text_and_by_not_seen() {
        PortalUser me = TestUsers.consultant("caseload.view.test", "hengelo");
        LocalDate today = LocalDate.now(clock);
        CandidateFileDetail assessed = open(me, "Anna", prefix + "aa");
        as(me, "hengelo", () -> files.recordRung(assessed.id(), new FileEntry.LadderAssessment(3, today, "")));
        CandidateFileDetail working = open(me, "Bert", prefix + "bb");
        as(me, "hengelo", () -> files.recordRung(working.id(), new FileEntry.LadderAssessment(5, today, "")));
        as(me, "hengelo", () -> files.recordContact(working.id(),
                new FileEntry.ContactEntry(ContactKind.GESPREK, LocalDate.of(2026, 1, 12), "Intakegesprek")));
        open(me, "Cor", prefix + "cc");
        login(me);

        navigate("gemeente/hengelo/werkvoorraad", Component.class);

        assertThat($(Paragraph.class).id("caseload-norm").getText()).isEqualTo("Open dossiers: 3 van norm 60 per fte");
        assertThat($(Paragraph.class).id("caseload-not-seen-count").getText())
                .isEqualTo("1 kandidaat langer dan 8 weken niet gesproken");
        assertThat(count()).isEqualTo("3 dossiers");
        assertThat(grid().size()).isEqualTo(3);
        assertThat(grid().getRow(0).name()).isEqualTo("Anna " + prefix + "aa");
        assertThat(grid().getCellText(0, grid().getColumnPosition("rung"))).isEqualTo("3 – Georganiseerde activiteiten");
        assertThat(grid().getLitRendererPropertyValue(0, "fileNumber", "href", String.class))
                .isEqualTo("gemeente/hengelo/dossiers/" + assessed.id());
        assertThat(grid().getLitRendererPropertyValue(0, "lastContact", "contact", String.class)).isEqualTo("nog geen contact");
        assertThat(grid().getLitRendererPropertyValue(1, "lastContact", "contact", String.class))
                .isEqualTo("12 jan 2026");
        assertThat(grid().getLitRendererPropertyValue(1, "lastContact", "marker", String.class))
                .isEqualTo("Te lang niet gesproken");
        assertThat(grid().getColumn("consultant").isVisible()).isFalse();
        assertThat($(Anchor.class).id("caseload-new").getHref()).isEqualTo("gemeente/hengelo/dossiers/nieuw");

        test(choice("caseload-rung")).selectItem("3 – Georganiseerde activiteiten");
        assertThat(count()).isEqualTo("1 dossier");
        assertThat(grid().size()).isEqualTo(1);
        assertThat(grid().getRow(0).id()).isEqualTo(assessed.id());

        test(choice("caseload-rung")).selectItem("Nog niet bepaald");
        assertThat(names()).containsExactly("Cor " + prefix + "cc");

        choice("caseload-rung").clear();
        test($(TextField.class).id("caseload-text")).setValue(prefix.toLowerCase() + "b");
        assertThat(names()).containsExactly("Bert " + prefix + "bb");
        assertThat(count()).isEqualTo("1 dossier");

        test($(TextField.class).id("caseload-text")).setValue("");
        Button rungThree = $(Button.class).id("caseload-rung-3");
        assertThat(rungThree.getText()).isEqualTo("3 – Georganiseerde activiteiten: 1");
        test(rungThree).click();
        assertThat(choice("caseload-rung").getValue()).isEqualTo(3);
        assertThat(names()).containsExactly("Anna " + prefix + "aa");

        choice("caseload-rung").clear();
        test($(Checkbox.class).id("caseload-not-seen")).click();
        assertThat(names()).containsExactly("Bert " + prefix + "bb");
    }

    @Test
    void the_team_scope_shows_a_colleague_s_files_with_their_consultant_and_sorts_on_the_name() {
        PortalUser me = TestUsers.consultant("caseload.view.team", "hengelo");
        PortalUser colleague = TestUsers.consultant("caseload.view.colleague", "hengelo");
        open(me, "Dirk", prefix + "dd");
        open(colleague, "Eva", prefix + "ee");
        login(me);

        UI.getCurrent().navigate("gemeente/hengelo/werkvoorraad", QueryParameters.of("zoek", prefix));
        assertThat(names()).containsExactly("Dirk " + prefix + "dd");

        test(radio()).selectItem("Team: alle dossiers van de gemeente");
        assertThat(count()).isEqualTo("2 dossiers");
        assertThat(grid().getColumn("consultant").isVisible()).isTrue();
        assertThat(grid().getCellText(1, grid().getColumnPosition("consultant"))).isEqualTo("caseload.view.colleague");

        grid().sortByColumn("name", SortDirection.DESCENDING);
        assertThat(names()).containsExactly("Eva " + prefix + "ee", "Dirk " + prefix + "dd");
    }

    @Test
    void a_link_with_filters_opens_the_list_filtered() {
        PortalUser me = TestUsers.consultant("caseload.view.link", "hengelo");
        CandidateFileDetail assessed = open(me, "Fleur", prefix + "ff");
        as(me, "hengelo", () -> files.recordRung(assessed.id(),
                new FileEntry.LadderAssessment(2, LocalDate.now(clock), "")));
        open(me, "Gijs", prefix + "gg");
        login(me);

        UI.getCurrent().navigate("gemeente/hengelo/werkvoorraad",
                QueryParameters.simple(java.util.Map.of("trede", "2", "weergave", "team", "zoek", prefix)));

        assertThat(names()).containsExactly("Fleur " + prefix + "ff");
        assertThat(choice("caseload-rung").getValue()).isEqualTo(2);
        assertThat(radio().getValue().toString()).isEqualTo("TEAM");
    }

    @Test
    void hellendoorn_has_set_no_norm_and_no_contact_interval_and_the_page_says_so() {
        login(TestUsers.consultant("caseload.view.hellendoorn", "hellendoorn"));

        navigate("gemeente/hellendoorn/werkvoorraad", Component.class);

        assertThat($(Paragraph.class).id("caseload-norm").getText())
                .isEqualTo("Open dossiers: 0. Geen norm ingesteld door de gemeente.");
        assertThat($(Paragraph.class).id("caseload-not-seen-count").getText()).startsWith(
                "Geen contacttermijn ingesteld door de gemeente");
        assertThat($(Checkbox.class).id("caseload-not-seen").isEnabled()).isFalse();
        assertThat(count()).isEqualTo("0 dossiers");
        assertThat(grid().size()).isZero();
        assertThat($(Grid.class).id("caseload").getEmptyStateText())
                .isEqualTo("Er staan nog geen kandidaten in uw werkvoorraad.");
    }

    private CandidateFileDetail open(PortalUser consultant, String givenName, String familyName) {
        return as(consultant, "hengelo", () -> files.open(null, CandidateFixtures.identity(givenName, familyName)));
    }

    @SuppressWarnings("unchecked")
    private com.vaadin.flow.component.grid.GridTester<Grid<CandidateFileSummary>, CandidateFileSummary> grid() {
        return test((Grid<CandidateFileSummary>) $(Grid.class).id("caseload"));
    }

    private java.util.List<String> names() {
        var grid = grid();
        return java.util.stream.IntStream.range(0, grid.size()).mapToObj(row -> grid.getRow(row).name()).toList();
    }

    private String count() {
        return $(Span.class).id("caseload-count").getText();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Integer> choice(String id) {
        return $(ComboBox.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Object> radio() {
        return $(RadioButtonGroup.class).id("caseload-scope");
    }
}
