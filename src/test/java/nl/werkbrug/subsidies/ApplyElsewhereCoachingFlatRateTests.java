package nl.werkbrug.subsidies;

import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import nl.werkbrug.catalogue.Applicability;
import nl.werkbrug.catalogue.InstrumentApplicability;
import nl.werkbrug.catalogue.InstrumentCatalogue;
import nl.werkbrug.catalogue.PersonFacts;
import nl.werkbrug.catalogue.PublishedInstrument;
import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.identity.EmployerRole;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12, item 3 and the flat-rate start, through the services on the shared context: instruments applied for
 * elsewhere are shown with where to apply and refused in the request form; a jobcoaching grant rests on its plan; a
 * municipality whose policy allows it grants loonkostensubsidie with a flat-rate start whose missing figures stay
 * missing; the letter is addressed to the contact and address kept at submission.
 */
@IntegrationTest
class ApplyElsewhereCoachingFlatRateTests {

    @Autowired
    SubsidyRequests requests;
    @Autowired
    SubsidyDecisions decisions;
    @Autowired
    InstrumentCatalogue catalogue;
    @Autowired
    InstrumentApplicability applicability;
    @Autowired
    nl.werkbrug.employer.EmployerOrganisations organisations;

    PortalUser employer;
    final PortalUser hengelo = consultant("elders-consulent-hengelo", "hengelo");
    final PortalUser hellendoorn = consultant("elders-consulent-hellendoorn", "hellendoorn");

    @BeforeEach
    void employer() {
        employer = new PortalUser("elders-werkgever", "elders-werkgever", Map.of(), Map.of(), new EmployerMembership(
                TestUsers.registeredEmployer(organisations, "99000071", "Elders Werkgever"), EmployerRole.EMPLOYER_ADMIN), null);
    }

    @Test
    void the_loonkostenvoordeel_no_riskpolis_and_begeleid_werken_are_shown_with_where_to_apply_and_refused_in_dutch() {
        PublishedInstrument lkv = catalogue.published("hengelo", "loonkostenvoordeel").orElseThrow();
        assertThat(lkv.applyElsewhere().organisation()).isEqualTo("Belastingdienst");
        assertThat(catalogue.published("hengelo", "no-riskpolis").orElseThrow().applyElsewhere().organisation()).isEqualTo("UWV");
        assertThat(catalogue.published("hengelo", "jobcoaching").orElseThrow().applyElsewhere()).isNull();
        Applicability answer = applicability.forResident("hengelo", PersonFacts.on(LocalDate.of(2027, 1, 4))).stream()
                .filter(result -> result.code().equals("no-riskpolis")).findFirst().orElseThrow();
        assertThat(answer.applyElsewhere()).isNotNull();
        assertThat(answer.applyElsewhere().how()).contains("via de werkgever en UWV");

        assertThat(as(employer, () -> requests.instruments("hengelo"))).extracting(PublishedInstrument::code)
                .contains("jobcoaching", "loonkostensubsidie").doesNotContain("loonkostenvoordeel", "no-riskpolis");
        assertThat(as(employer, () -> requests.instruments("enschede"))).extracting(PublishedInstrument::code)
                .doesNotContain("begeleid-werken");
        assertThatThrownBy(() -> as(employer, () -> requests.saveDraft("hengelo", null, "no-riskpolis", SubsidyForms.jobcoaching())))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> {
                    assertThat(invalid.problems()).containsExactly(FieldProblem.of("instrument", "subsidy.error.apply-elsewhere", "UWV"));
                    assertThat(dutch(invalid.problems().getFirst()))
                            .isEqualTo("Deze regeling vraagt u niet bij de gemeente aan, maar bij UWV.");
                });
        assertThatThrownBy(() -> as(employer, () -> requests.saveDraft("enschede", null, "begeleid-werken", SubsidyForms.jobcoaching())))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("subsidy.error.apply-elsewhere"));
    }

    @Test
    void a_jobcoaching_grant_rests_on_the_plan_and_the_letter_states_period_hours_and_entered_tariff_to_the_contact_at_submission()
            throws IOException {
        SubsidyRequestForm form = SubsidyForms.jobcoaching();
        form.setContractStart(LocalDate.of(2027, 2, 1));
        form.setContractEnd(LocalDate.of(2028, 1, 31));
        SubsidyRequestDetail request = as(employer, () -> requests.submit("hengelo",
                requests.saveDraft("hengelo", null, "jobcoaching", form).id()));
        assertThat(request.employerContactName()).isEqualTo("Test Contact");
        assertThat(request.employerAddress()).isEqualTo("Hengelo");
        assertThat(request.decisionTermRule()).isEqualTo(DecisionTermRule.DEFAULT);

        assertThatThrownBy(() -> as(hengelo, "hengelo", () -> decisions.decide(request.id(), DecisionDraft.of(true, "Begeleiding nodig."))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("subsidy.error.coaching-plan-needed"));
        assertThat(as(hengelo, "hengelo", () -> decisions.catalogueTariff("jobcoaching"))).isEmpty();
        as(hengelo, "hengelo", () -> decisions.recordCoachingPlan(request.id(), "Zelfstandig de werkdag indelen.",
                "Jobcoachorganisatie Twente", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 7, 31), new BigDecimal("8"),
                new BigDecimal("62.50")));
        SubsidyRequestDetail granted = as(hengelo, "hengelo", () -> decisions.decide(request.id(),
                DecisionDraft.of(true, "Begeleiding op de werkplek is nodig.")));

        assertThat(granted.status()).isEqualTo(SubsidyStatus.TOEGEKEND);
        assertThat(granted.maatwerk()).isFalse();
        String text = letter(as(employer, () -> requests.decisionLetter("hengelo", request.id())).orElseThrow());
        // 1 February to 31 July 2027 = 6 months; 8 hours x 6 = 48 hours; 8 x 62.50 = 500.00 a month; 6 x 500.00 = 3000.00
        assertThat(text).contains("t.a.v. Test Contact Hengelo",
                "Wij kennen uw aanvraag toe voor de periode van 1 februari 2027 tot en met 31 juli 2027 (6 maanden).",
                "externe jobcoach: 8 uur per maand, in totaal 48 uur, zoals beoordeeld door Jobcoachorganisatie Twente",
                "62,50 per uur", "500,00 per maand en", "3.000,00 voor de hele periode", "bij de aanvraag ingevoerd",
                "artikel 10da Participatiewet").doesNotContain("111222333");
    }

    @Test
    void hellendoorn_grants_loonkostensubsidie_with_its_flat_rate_start_whose_missing_figures_stay_missing() throws IOException {
        assertThat(catalogue.published("hellendoorn", "loonkostensubsidie").orElseThrow().flatRateStart().note())
                .contains("forfaitaire bijdrage");
        assertThat(catalogue.published("hengelo", "loonkostensubsidie").orElseThrow().flatRateStart()).isNull();
        SubsidyRequestForm form = SubsidyForms.jobcoaching();
        form.setCoachKind(null);
        form.setCoachHoursPerMonth(null);
        form.setLoonwaardePercent(new BigDecimal("60"));
        SubsidyRequestDetail request = as(employer, () -> requests.submit("hellendoorn",
                requests.saveDraft("hellendoorn", null, "loonkostensubsidie", form).id()));

        SubsidyRequestDetail granted = as(hellendoorn, "hellendoorn", () -> decisions.decide(request.id(),
                new DecisionDraft(true, "Start via de praktijkroute.", null, null, true)));

        assertThat(granted.status()).isEqualTo(SubsidyStatus.TOEGEKEND);
        assertThat(granted.flatRateStart()).isTrue();
        assertThat(granted.monthlyAmount()).as("the source gives no amount: none is invented").isNull();
        assertThat(granted.flatRateMonths()).isNull();
        String text = letter(as(employer, () -> requests.decisionLetter("hellendoorn", request.id())).orElseThrow());
        assertThat(text).contains("forfaitaire bijdrage (praktijkroute)",
                "Bedrag: nog niet vastgesteld (niet vermeld in het beleid van Gemeente Hellendoorn)",
                "Startperiode: nog niet vastgesteld", "artikel 10d Participatiewet");

        SubsidyRequestDetail inHengelo = as(employer, () -> requests.submit("hengelo",
                requests.saveDraft("hengelo", null, "loonkostensubsidie", form).id()));
        assertThatThrownBy(() -> as(hengelo, "hengelo", () -> decisions.decide(inHengelo.id(),
                new DecisionDraft(true, "Forfaitair.", null, null, true))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("subsidy.error.no-flat-rate"));
    }

    private static String dutch(FieldProblem problem) {
        ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.forLanguageTag("nl"));
        return new MessageFormat(bundle.getString(problem.messageKey()), Locale.forLanguageTag("nl"))
                .format(problem.args().toArray());
    }

    private static String letter(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
