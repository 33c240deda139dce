package nl.werkbrug.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.werkbrug.employer.internal.DescriptionSanitiser;
import org.junit.jupiter.api.Test;

/** Vacancy descriptions are sanitised to a small allow-list; occupations are ISCO-08 with their BRC 2014 group. */
class VacancyDescriptionAndOccupationTests {

    @Test
    void plain_text_becomes_escaped_paragraphs() {
        assertThat(DescriptionSanitiser.sanitise("Lassen van frames.\nMIG/MAG.\n\nJe werkt in ploegen <3 & meer"))
                .isEqualTo("<p>Lassen van frames.<br />MIG/MAG.</p><p>Je werkt in ploegen &lt;3 &amp; meer</p>");
    }

    @Test
    void editing_a_plain_description_again_shows_the_text_and_saving_it_again_changes_nothing() {
        String typed = "Dagdienst, 's middags vrij.\nGeen weekend.\n\nSalaris & reiskosten \"volgens cao\" <3";
        String stored = DescriptionSanitiser.sanitise(typed);

        assertThat(DescriptionSanitiser.editable(stored)).isEqualTo(typed);
        assertThat(DescriptionSanitiser.sanitise(DescriptionSanitiser.editable(stored))).isEqualTo(stored);
        assertThat(DescriptionSanitiser.sanitise(stored)).isEqualTo(stored);
        String rich = DescriptionSanitiser.sanitise("<ul><li>Lassen</li></ul>");
        assertThat(DescriptionSanitiser.editable(rich)).isEqualTo(rich);
    }

    @Test
    void scripts_event_handlers_styles_images_and_javascript_links_are_removed() {
        String dirty = "<p onclick=\"steal()\" style=\"color:red\">Werk<script>alert('x')</script></p>"
                + "<img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">klik</a><iframe src=\"https://evil.example\"></iframe>";

        String clean = DescriptionSanitiser.sanitise(dirty);

        assertThat(clean).isEqualTo("<p>Werk</p>klik");
    }

    @Test
    void allowed_formatting_and_web_links_stay_with_rel_nofollow() {
        String clean = DescriptionSanitiser.sanitise(
                "<h3>Wat ga je doen?</h3><ul><li><strong>Lassen</strong></li><li><em>Slijpen</em></li></ul>"
                        + "<a href=\"https://metaalwerken.example/vacature\">Meer</a>");

        assertThat(clean).contains("<h3>Wat ga je doen?</h3>", "<ul><li><strong>Lassen</strong></li><li><em>Slijpen</em></li></ul>",
                "href=\"https://metaalwerken.example/vacature\"", "rel=\"nofollow noopener\"");
        assertThat(DescriptionSanitiser.text(clean)).startsWith("Wat ga je doen?").contains("Lassen", "Slijpen");
    }

    @Test
    void the_shipped_isco_subset_loads_with_brc_groups_in_known_classes() {
        Occupations occupations = new Occupations();

        assertThat(occupations.all()).hasSizeGreaterThanOrEqualTo(50);
        Occupation welder = occupations.require("7212");
        assertThat(welder.title()).isEqualTo("Lasser");
        assertThat(welder.brcGroup()).isEqualTo("0742");
        assertThat(welder.brcSegment()).isEqualTo("074");
        assertThat(Occupations.BRC_CLASSES.get(welder.brcClass())).isEqualTo("Technische beroepen");
        assertThat(occupations.require("5321").brcGroupName()).isEqualTo("Verzorgenden");
        assertThat(occupations.all()).allSatisfy(occupation ->
                assertThat(Occupations.BRC_CLASSES).containsKey(occupation.brcClass()));
        assertThat(occupations.find("9999")).isEmpty();
        assertThatThrownBy(() -> occupations.require("0000")).isInstanceOf(IllegalArgumentException.class);
    }
}
