package nl.werkbrug.casework;

import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.werkbrug.candidates.CandidateFileDetail;
import nl.werkbrug.candidates.CandidateFiles;
import nl.werkbrug.candidates.CandidateFixtures;
import nl.werkbrug.candidates.DoelgroepFlag;
import nl.werkbrug.candidates.LanguageLevel;
import nl.werkbrug.catalogue.Applicability;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.support.BrowserlessViewTest;
import nl.werkbrug.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bad input in the file's forms gets the domain's Dutch message at the field it concerns, and everything typed stays
 * in the form. The clock stands on 1 December 2026, so "the future" is fixed.
 */
class CandidateFileFormViewTests extends BrowserlessViewTest {

    static final Instant FIRST_OF_DECEMBER = Instant.parse("2026-12-01T10:00:00Z");
    static final PortalUser CONSULTANT = consultant("consulent.hengelo", "hengelo");

    @Autowired
    CandidateFiles files;
    @Autowired
    MutableClock clock;
    @Autowired
    nl.werkbrug.subsidies.SubsidyRequests subsidies;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @BeforeEach
    void firstOfDecember() {
        clock.setTo(FIRST_OF_DECEMBER);
        login(CONSULTANT);
    }

    @Test
    void a_bsn_failing_the_11_proef_and_a_birth_date_in_the_future_are_answered_at_their_fields_and_nothing_is_lost() {
        navigate("gemeente/hengelo/dossiers/nieuw", Component.class);
        // 123456789: 9·1 + 8·2 + 7·3 + 6·4 + 5·5 + 4·6 + 3·7 + 2·8 − 9 = 147, and 147 is not a multiple of 11
        TextField bsn = textField("bsn");
        bsn.setValue("123456789");
        textField("given-name").setValue("Sanne");
        textField("family-name").setValue("de Vries");
        date("birth-date").setValue(LocalDate.of(2027, 3, 1));
        textField("city").setValue("Hengelo");

        test($(Button.class).id("open-file")).click();

        assertProblem(bsn, "Dit is geen geldig burgerservicenummer: het moet 9 cijfers hebben en voldoen aan de elfproef.");
        assertProblem(date("birth-date"), "De geboortedatum kan niet in de toekomst liggen.");
        assertThat($(H1.class).single().getText()).isEqualTo("Nieuw dossier");
        assertThat(bsn.getValue()).isEqualTo("123456789");
        assertThat(textField("given-name").getValue()).isEqualTo("Sanne");
        assertThat(textField("family-name").getValue()).isEqualTo("de Vries");
        assertThat(date("birth-date").getValue()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(textField("city").getValue()).isEqualTo("Hengelo");
    }

    @Test
    void a_rung_of_7_is_answered_at_the_rung_and_the_history_stays_empty() {
        open();
        openForm("rung-form");
        IntegerField rung = $(IntegerField.class).id("rung");
        rung.setValue(7);
        date("assessed-on").setValue(LocalDate.of(2026, 11, 20));
        $(TextArea.class).id("rung-note").setValue("Eerste gesprek");

        test($(Button.class).id("rung-form-save")).click();

        assertProblem(rung, "Kies een trede van 1 tot en met 6.");
        assertThat(rung.getValue()).isEqualTo(7);
        assertThat(date("assessed-on").getValue()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat($(TextArea.class).id("rung-note").getValue()).isEqualTo("Eerste gesprek");
        assertThat($(Component.class).id("ladder-history").getElement().getText())
                .isEqualTo("Er is nog geen trede vastgelegd.");
    }

    @Test
    void the_profile_is_shown_as_lines_and_changed_in_its_form_where_too_many_hours_are_answered_at_the_field() {
        CandidateFileDetail file = open(CandidateFixtures.nextBsn());
        assertThat($(Component.class).id("profile-lines").getElement().getText())
                .isEqualTo("Nog geen profiel vastgelegd.");
        openForm("profile-form");
        IntegerField hours = $(IntegerField.class).id("hours-per-week");
        hours.setValue(61);
        $(TextArea.class).id("skills").setValue("lassen\nheftruck");
        textField("language-0").setValue("Nederlands");
        @SuppressWarnings("unchecked")
        Select<LanguageLevel> level = $(Select.class).id("language-level-0");
        level.setValue(LanguageLevel.B1);

        test($(Button.class).id("profile-form-save")).click();

        assertProblem(hours, "Vul een aantal uren van 0 tot en met 60 in.");
        assertThat($(TextArea.class).id("skills").getValue()).isEqualTo("lassen\nheftruck");
        assertThat($(Component.class).id("profile-lines").getElement().getText())
                .isEqualTo("Nog geen profiel vastgelegd.");

        hours.setValue(32);
        test($(Button.class).id("profile-form-save")).click();

        assertThat($(Component.class).id("profile-lines").getElement().getTextRecursively())
                .contains("Vaardigheden: lassen, heftruck", "Talen: Nederlands (B1)", "Uren per week beschikbaar: 32")
                .doesNotContain("Rijbewijs");
        assertThat(as(CONSULTANT, "hengelo", () -> files.find(file.id()).orElseThrow()).profile().hoursPerWeek())
                .isEqualTo(32);
    }

    @Test
    void a_doelgroep_ending_before_it_starts_is_answered_at_its_end() {
        open();
        openForm("flag-form");
        @SuppressWarnings("unchecked")
        Select<DoelgroepFlag> flag = $(Select.class).id("flag");
        flag.setValue(DoelgroepFlag.STATUSHOUDER);
        date("flag-from").setValue(LocalDate.of(2026, 6, 1));
        date("flag-until").setValue(LocalDate.of(2026, 5, 31));
        textField("flag-basis").setValue("Verblijfsvergunning");

        test($(Button.class).id("flag-form-save")).click();

        assertProblem(date("flag-until"), "De einddatum ligt voor de begindatum.");
        assertThat(flag.getValue()).isEqualTo(DoelgroepFlag.STATUSHOUDER);
        assertThat(date("flag-from").getValue()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(date("flag-until").getValue()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(textField("flag-basis").getValue()).isEqualTo("Verblijfsvergunning");
    }

    @Test
    void a_deployment_planned_to_end_before_its_start_is_answered_at_the_planned_end() {
        open();
        openForm("plan-form");
        @SuppressWarnings("unchecked")
        Select<Applicability> instrument = $(Select.class).id("instrument");
        Applicability jobcoaching = instrument.getListDataView().getItems()
                .filter(item -> item.code().equals("jobcoaching")).findFirst().orElseThrow();
        instrument.setValue(jobcoaching);
        textField("provider").setValue("Jobcoachpool Twente");
        date("deployment-start").setValue(LocalDate.of(2026, 12, 1));
        date("planned-end").setValue(LocalDate.of(2026, 11, 30));
        $(BigDecimalField.class).id("cost").setValue(new BigDecimal("1250.00"));

        test($(Button.class).id("plan-form-save")).click();

        assertProblem(date("planned-end"), "De einddatum ligt voor de begindatum.");
        assertThat(instrument.getValue().code()).isEqualTo("jobcoaching");
        assertThat(textField("provider").getValue()).isEqualTo("Jobcoachpool Twente");
        assertThat(date("deployment-start").getValue()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(date("planned-end").getValue()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat($(BigDecimalField.class).id("cost").getValue()).isEqualByComparingTo("1250.00");
        assertThat($(Component.class).id("deployments").getElement().getText())
                .isEqualTo("Er is nog geen instrument ingezet.");
    }

    @Test
    void beschut_werk_is_offered_with_why_it_does_not_apply_and_planning_it_is_refused_at_the_instrument() {
        open();
        openForm("plan-form");
        @SuppressWarnings("unchecked")
        Select<Applicability> instrument = $(Select.class).id("instrument");
        Applicability beschut = instrument.getListDataView().getItems()
                .filter(item -> item.code().equals("beschut-werk")).findFirst().orElseThrow();
        assertThat(instrument.getItemLabelGenerator().apply(beschut)).isEqualTo(
                "Nieuw beschut werk – niet van toepassing: Er is geen positief advies beschut werk van UWV.");
        instrument.setValue(beschut);
        date("deployment-start").setValue(LocalDate.of(2026, 12, 1));
        assertThat($(Div.class).id("instrument-verdict").getElement().getTextRecursively())
                .contains("Dit instrument is niet van toepassing op deze kandidaat:",
                        "Er is geen positief advies beschut werk van UWV.");

        test($(Button.class).id("plan-form-save")).click();

        assertProblem(instrument,
                "Dit instrument is niet van toepassing op deze kandidaat; zie de redenen bij het instrument.");
        assertThat(instrument.getValue().code()).isEqualTo("beschut-werk");
    }

    @Test
    void the_bsn_is_masked_until_toon_bsn_is_clicked() {
        String bsn = CandidateFixtures.nextBsn();
        open(bsn);
        Span shown = $(Span.class).id("file-bsn");
        assertThat(shown.getText()).isEqualTo("******" + bsn.substring(6));

        test($(Button.class).id("reveal-bsn")).click();

        assertThat(shown.getText()).isEqualTo(bsn);
    }

    @Test
    void correcting_the_address_keeps_the_bsn_and_a_wrong_e_mail_is_answered_at_its_field() {
        String bsn = CandidateFixtures.nextBsn();
        CandidateFileDetail file = open(bsn);
        openForm("identity-edit");
        assertThat(textField("bsn").getValue()).isEmpty();
        textField("street").setValue("Enschedesestraat");
        $(com.vaadin.flow.component.textfield.EmailField.class).id("email").setValue("geen-adres");

        test($(Button.class).id("identity-save")).click();

        assertProblem($(com.vaadin.flow.component.textfield.EmailField.class).id("email"),
                "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.");
        assertThat(textField("street").getValue()).isEqualTo("Enschedesestraat");

        $(com.vaadin.flow.component.textfield.EmailField.class).id("email").setValue("sanne@example.org");
        test($(Button.class).id("identity-save")).click();

        CandidateFileDetail changed = as(CONSULTANT, "hengelo", () -> files.find(file.id())).orElseThrow();
        assertThat(changed.street()).isEqualTo("Enschedesestraat");
        assertThat(changed.email()).isEqualTo("sanne@example.org");
        assertThat(changed.maskedBsn()).isEqualTo("******" + bsn.substring(6));
        assertThat(as(CONSULTANT, "hengelo", () -> files.revealBsn(file.id()))).isEqualTo(bsn);
    }

    @Test
    void a_subsidy_request_an_employer_filed_for_the_resident_is_linked_from_the_file() {
        String bsn = CandidateFixtures.nextBsn();
        String kvk = String.valueOf(10_000_000 + Math.floorMod(System.nanoTime(), 89_999_999L));
        long company = transaction.execute(status -> jdbc.sql("""
                        insert into employer_organisation (region_id, kvk_number, name, contact_email)
                        values ('twente', :kvk, 'Koppelbedrijf ' || :kvk, 'koppel@bedrijf.example') returning id""")
                .param("kvk", kvk).query(Long.class).single());
        PortalUser employer = new PortalUser("koppel-" + kvk, "Werkgever", java.util.Map.of(), java.util.Map.of(),
                new nl.werkbrug.identity.EmployerMembership(company, nl.werkbrug.identity.EmployerRole.EMPLOYER_ADMIN), null);
        nl.werkbrug.subsidies.SubsidyRequestForm form = nl.werkbrug.subsidies.SubsidyForms.jobcoaching();
        form.setBsn(bsn);
        String request = as(employer, () -> subsidies.submit("hengelo",
                subsidies.saveDraft("hengelo", null, "jobcoaching", form).id())).reference();

        open(bsn);

        assertThat($(Component.class).id("file-subsidies").getElement().getTextRecursively())
                .contains(request + " Jobcoaching", "Koppelbedrijf " + kvk);
    }

    private void open() {
        open(CandidateFixtures.nextBsn());
    }

    private CandidateFileDetail open(String bsn) {
        CandidateFileDetail file = as(CONSULTANT, "hengelo", () -> files.open(null,
                CandidateFixtures.identity("Sanne", "de Vries", bsn)));
        navigate("gemeente/hengelo/dossiers/" + file.id(), Component.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Sanne de Vries (" + file.fileNumber() + ")");
        return file;
    }

    /** Opens a form of the file, which is built when its heading is opened. */
    private void openForm(String id) {
        assertThat($(Component.class).withId(id).all()).as("%s before it is opened", id).isEmpty();
        $(com.vaadin.flow.component.details.Details.class).id(id + "-details").setOpened(true);
    }

    private TextField textField(String id) {
        return $(TextField.class).id(id);
    }

    private DatePicker date(String id) {
        return $(DatePicker.class).id(id);
    }

    private static void assertProblem(HasValidation field, String message) {
        assertThat(field.isInvalid()).as("field is marked invalid").isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(message);
    }
}
