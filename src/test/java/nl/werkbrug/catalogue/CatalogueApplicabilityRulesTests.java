package nl.werkbrug.catalogue;

import static nl.werkbrug.catalogue.Applicability.Outcome.APPLIES;
import static nl.werkbrug.catalogue.Applicability.Outcome.DOES_NOT_APPLY;
import static nl.werkbrug.catalogue.Applicability.Outcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Validation;
import nl.werkbrug.catalogue.internal.CatalogueFiles;
import org.junit.jupiter.api.Test;

/**
 * The applicability rules with the cases the sources give, judged against the catalogue files as they are in the
 * repository (regional instruments with each municipality's own values merged in).
 */
class CatalogueApplicabilityRulesTests {

    static final LocalDate DAY = LocalDate.of(2019, 10, 1);
    static final CatalogueFiles.RegionCatalogue TWENTE = new CatalogueFiles(
            Validation.buildDefaultValidatorFactory().getValidator())
            .read(Path.of("tenants"), "twente", List.of("borne", "enschede", "haaksbergen", "hellendoorn", "hengelo"));

    static CatalogueEntry entry(String tenant, String code) {
        Map<String, CatalogueEntry> entries = new HashMap<>();
        CatalogueFiles.TenantCatalogue local = TWENTE.tenants().get(tenant);
        for (CatalogueFiles.RegionalEntry regional : TWENTE.koffer()) {
            InstrumentContent content = regional.content();
            for (CatalogueFiles.OverrideEntry override : local.overrides()) {
                if (override.code().equals(regional.code())) {
                    content = content.with(override.override());
                }
            }
            entries.put(regional.code(), new CatalogueEntry(regional.code(), tenant, true, content, regional.localFields(),
                    Set.of(), new VersionRef(true, 1, null), content.validFrom(), false));
        }
        local.instruments().forEach(instrument -> entries.put(instrument.code(), new CatalogueEntry(instrument.code(),
                tenant, false, instrument.content(), Set.of(), Set.of(), new VersionRef(false, 1, null),
                instrument.content().validFrom(), false)));
        return entries.get(code);
    }

    static Applicability judge(String tenant, String code, PersonFacts facts) {
        return ApplicabilityRules.evaluate(entry(tenant, code), facts);
    }

    static List<String> reasons(Applicability result) {
        return result.reasons().stream().map(Reason::key).toList();
    }

    @Test
    void the_uitstroombonus_applies_with_a_contract_of_six_months_and_full_outflow() {
        Applicability result = judge("enschede", "uitstroombonus",
                PersonFacts.on(DAY).withContract(32, 6).withFullOutflow(true));

        assertThat(result.outcome()).isEqualTo(APPLIES);
        assertThat(result.reasons()).isEmpty();
        assertThat(result.toCheck()).contains("minimaal 6 maanden");
    }

    @Test
    void the_uitstroombonus_does_not_apply_to_a_contract_of_five_months() {
        Applicability result = judge("enschede", "uitstroombonus",
                PersonFacts.on(DAY).withContract(32, 5).withFullOutflow(true));

        assertThat(result.outcome()).isEqualTo(DOES_NOT_APPLY);
        assertThat(result.reasons()).containsExactly(new Reason("catalogue.reason.contract-too-short", List.of(5, 6)));
    }

    @Test
    void the_uitstroombonus_does_not_apply_without_full_outflow() {
        Applicability result = judge("enschede", "uitstroombonus",
                PersonFacts.on(DAY).withContract(20, 12).withFullOutflow(false));

        assertThat(result.outcome()).isEqualTo(DOES_NOT_APPLY);
        assertThat(reasons(result)).containsExactly("catalogue.reason.no-full-outflow");
    }

    @Test
    void the_uitstroombonus_cannot_be_decided_while_the_contract_length_is_unknown() {
        Applicability result = judge("enschede", "uitstroombonus", PersonFacts.on(DAY).withFullOutflow(true));

        assertThat(result.outcome()).isEqualTo(UNKNOWN);
        assertThat(reasons(result)).containsExactly("catalogue.reason.contract-unknown");
    }

    @Test
    void a_proefplaatsing_lasts_at_most_three_months_in_enschede_and_hengelo() {
        PersonFacts bijstand = PersonFacts.on(DAY).withBenefit(BenefitType.BIJSTAND);

        assertThat(judge("enschede", "proefplaatsing", bijstand.withRequestedDurationMonths(3)).outcome()).isEqualTo(APPLIES);
        assertThat(judge("hengelo", "proefplaatsing", bijstand.withRequestedDurationMonths(3)).outcome()).isEqualTo(APPLIES);
        Applicability four = judge("enschede", "proefplaatsing", bijstand.withRequestedDurationMonths(4));
        assertThat(four.outcome()).isEqualTo(DOES_NOT_APPLY);
        assertThat(four.reasons()).containsExactly(new Reason("catalogue.reason.duration-too-long", List.of(4, 3)));
        assertThat(judge("hengelo", "proefplaatsing", bijstand.withRequestedDurationMonths(4)).outcome()).isEqualTo(DOES_NOT_APPLY);
    }

    @Test
    void hellendoorns_sources_state_no_maximum_for_a_proefplaatsing_so_duration_is_not_held_against_it() {
        Applicability result = judge("hellendoorn", "proefplaatsing",
                PersonFacts.on(DAY).withBenefit(BenefitType.BIJSTAND).withRequestedDurationMonths(4));

        assertThat(result.outcome()).isEqualTo(APPLIES);
    }

    @Test
    void a_proefplaatsing_keeps_the_bijstand_benefit_so_it_is_not_for_someone_on_ww() {
        Applicability result = judge("enschede", "proefplaatsing",
                PersonFacts.on(DAY).withBenefit(BenefitType.WW).withRequestedDurationMonths(2));

        assertThat(result.outcome()).isEqualTo(DOES_NOT_APPLY);
        assertThat(result.reasons()).containsExactly(
                new Reason("catalogue.reason.wrong-benefit", List.of(BenefitType.WW, List.of(BenefitType.BIJSTAND))));
    }

    @Test
    void a_participatieplaats_lasts_at_most_two_years() {
        PersonFacts bijstand = PersonFacts.on(DAY).withBenefit(BenefitType.BIJSTAND);

        assertThat(judge("enschede", "participatieplaats", bijstand.withRequestedDurationMonths(24)).outcome()).isEqualTo(APPLIES);
        assertThat(reasons(judge("enschede", "participatieplaats", bijstand.withRequestedDurationMonths(25))))
                .containsExactly("catalogue.reason.duration-too-long");
    }

    @Test
    void nieuw_beschut_werk_needs_a_positive_uwv_advice() {
        assertThat(judge("hellendoorn", "beschut-werk", PersonFacts.on(DAY).withBeschutWerkIndication(true)).outcome())
                .isEqualTo(APPLIES);
        assertThat(reasons(judge("hellendoorn", "beschut-werk", PersonFacts.on(DAY).withBeschutWerkIndication(false))))
                .containsExactly("catalogue.reason.beschut-werk-missing");
        assertThat(judge("hellendoorn", "beschut-werk", PersonFacts.on(DAY)).outcome()).isEqualTo(UNKNOWN);
    }

    @Test
    void hengelos_perspectiefjaar_is_for_young_people_of_23_to_27_and_ran_from_2018_to_2020() {
        PersonFacts in2019 = PersonFacts.on(DAY);

        assertThat(judge("hengelo", "perspectiefjaar", in2019.withAge(25)).outcome()).isEqualTo(APPLIES);
        assertThat(judge("hengelo", "perspectiefjaar", in2019.withAge(22)).reasons())
                .containsExactly(new Reason("catalogue.reason.too-young", List.of(22, 23)));
        assertThat(reasons(judge("hengelo", "perspectiefjaar", in2019.withAge(28)))).containsExactly("catalogue.reason.too-old");
        assertThat(judge("hengelo", "perspectiefjaar", PersonFacts.on(LocalDate.of(2021, 3, 1)).withAge(25)).reasons())
                .containsExactly(new Reason("catalogue.reason.ended", List.of(LocalDate.of(2020, 12, 31))));
    }

    @Test
    void pro_jonge_moeders_is_for_mothers_up_to_23() {
        assertThat(judge("enschede", "pro-jonge-moeders", PersonFacts.on(DAY).withAge(22)).outcome()).isEqualTo(APPLIES);
        assertThat(reasons(judge("enschede", "pro-jonge-moeders", PersonFacts.on(DAY).withAge(23))))
                .containsExactly("catalogue.reason.too-old");
    }

    @Test
    void bewegen_werkt_lasts_eighteen_weeks() {
        assertThat(judge("enschede", "bewegen-werkt", PersonFacts.on(DAY).withRequestedDurationMonths(4)).outcome())
                .isEqualTo(APPLIES);
        assertThat(reasons(judge("enschede", "bewegen-werkt", PersonFacts.on(DAY).withRequestedDurationMonths(5))))
                .containsExactly("catalogue.reason.duration-too-long-weeks");
    }

    @Test
    void matchen_op_werk_ended_with_2019() {
        assertThat(judge("borne", "matchen-op-werk", PersonFacts.on(LocalDate.of(2018, 5, 1))).outcome()).isEqualTo(APPLIES);
        assertThat(reasons(judge("borne", "matchen-op-werk", PersonFacts.on(LocalDate.of(2020, 1, 1)))))
                .containsExactly("catalogue.reason.ended");
        assertThat(reasons(judge("borne", "matchen-op-werk", PersonFacts.on(LocalDate.of(2017, 9, 1)))))
                .containsExactly("catalogue.reason.not-started");
    }

    @Test
    void an_instrument_with_only_conditions_in_words_applies_and_passes_the_words_on_to_check() {
        Applicability result = judge("hengelo", "loonkostensubsidie", PersonFacts.on(DAY));

        assertThat(result.outcome()).isEqualTo(APPLIES);
        assertThat(result.toCheck()).contains("niet in het doelgroepregister staan");
    }

    @Test
    void a_doelgroepregister_requirement_is_judged_on_the_registration_dates() {
        InstrumentContent base = entry("enschede", "uitstroombonus").content();
        Conditions register = new Conditions(null, null, List.of(), true, false, null, null, false, null);
        CatalogueEntry needsRegister = new CatalogueEntry("test-register", "enschede", false,
                new InstrumentContent(base.name(), base.shortDescription(), base.description(), base.source(), base.goals(),
                        base.targetGroups(), null, null, base.appliesBy(), null, null, base.funding(), null, base.amount(),
                        null, null, register, null, null, List.of(), base.validFrom(), null, false, base.sources()),
                Set.of(), Set.of(), new VersionRef(false, 1, null), base.validFrom(), false);

        assertThat(ApplicabilityRules.evaluate(needsRegister, PersonFacts.on(DAY)
                .withDoelgroepregister(Doelgroepregister.registered(LocalDate.of(2018, 1, 1), null))).outcome()).isEqualTo(APPLIES);
        assertThat(reasons(ApplicabilityRules.evaluate(needsRegister, PersonFacts.on(DAY)
                .withDoelgroepregister(Doelgroepregister.registered(LocalDate.of(2018, 1, 1), LocalDate.of(2019, 6, 30))))))
                .containsExactly("catalogue.reason.doelgroepregister-ended");
        assertThat(reasons(ApplicabilityRules.evaluate(needsRegister, PersonFacts.on(DAY)
                .withDoelgroepregister(Doelgroepregister.registered(LocalDate.of(2019, 11, 1), null)))))
                .containsExactly("catalogue.reason.doelgroepregister-not-yet");
        assertThat(reasons(ApplicabilityRules.evaluate(needsRegister, PersonFacts.on(DAY)
                .withDoelgroepregister(Doelgroepregister.notRegistered()))))
                .containsExactly("catalogue.reason.doelgroepregister-missing");
        assertThat(ApplicabilityRules.evaluate(needsRegister, PersonFacts.on(DAY)).outcome()).isEqualTo(UNKNOWN);
    }
}
