package nl.werkbrug.catalogue;

import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import nl.werkbrug.shared.DutchTime;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The applicability service reads the municipality of residence's catalogue from the database. */
@IntegrationTest
class CatalogueApplicabilityServiceTests {

    @Autowired
    InstrumentApplicability applicability;

    final PersonFacts leavesBenefitWithSixMonths = PersonFacts.on(LocalDate.now(DutchTime.ZONE))
            .withBenefit(BenefitType.BIJSTAND).withContract(32, 6).withFullOutflow(true).withRequestedDurationMonths(3);

    @Test
    void a_hengelo_consultant_sees_which_instruments_apply_to_a_resident_of_enschede_and_why_others_do_not() {
        List<Applicability> results = as(consultant("app-hengelo", "hengelo"), "hengelo",
                () -> applicability.forResident("enschede", leavesBenefitWithSixMonths));

        assertThat(results).filteredOn(result -> result.code().equals("uitstroombonus")).singleElement()
                .satisfies(result -> {
                    assertThat(result.outcome()).isEqualTo(Applicability.Outcome.APPLIES);
                    assertThat(result.version().versionId()).isPositive();
                });
        assertThat(results).filteredOn(result -> result.code().equals("proefplaatsing")).singleElement()
                .satisfies(result -> assertThat(result.version().overrideVersionId()).isNotNull());
        assertThat(results).filteredOn(result -> result.code().equals("matchen-op-werk")).singleElement()
                .satisfies(result -> assertThat(result.reasons()).extracting(Reason::key).containsExactly("catalogue.reason.ended"));
        assertThat(results).extracting(Applicability::outcome).isSortedAccordingTo(Enum::compareTo);
    }

    @Test
    void the_same_facts_give_no_uitstroombonus_in_hengelo_because_hengelo_has_none() {
        List<Applicability> results = as(consultant("app-hengelo", "hengelo"), "hengelo",
                () -> applicability.forResident("hengelo", leavesBenefitWithSixMonths));

        assertThat(results).extracting(Applicability::code).doesNotContain("uitstroombonus").contains("leren-en-werken");
    }

    @Test
    void a_visitor_who_is_not_logged_in_may_ask_as_the_front_door_does() {
        // the answer holds the catalogue's rules for the facts given, nothing about any person
        List<Applicability> results = applicability.forResident("enschede", leavesBenefitWithSixMonths);

        assertThat(results).filteredOn(result -> result.code().equals("uitstroombonus")).singleElement()
                .satisfies(result -> assertThat(result.outcome()).isEqualTo(Applicability.Outcome.APPLIES));
    }

    @Test
    void an_unknown_municipality_is_refused() {
        assertThatThrownBy(() -> as(consultant("app-hengelo", "hengelo"), "hengelo",
                () -> applicability.forResident("atlantis", leavesBenefitWithSixMonths)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
