package nl.werkbrug.subsidies;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

import nl.werkbrug.shared.FieldProblem;
import org.junit.jupiter.api.Test;

/** The small rules of a subsidy request: the 11-proef, masking, upload content types, the decision term in words. */
class SubsidyRulesTests {

    @Test
    void uploads_are_recognised_by_their_content_not_their_name() {
        assertThat(UploadRules.detect("%PDF-1.7".getBytes())).contains("application/pdf");
        assertThat(UploadRules.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})).contains("image/png");
        assertThat(UploadRules.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).contains("image/jpeg");
        assertThat(UploadRules.detect(new byte[] {'M', 'Z', (byte) 0x90, 0})).isEmpty();
        assertThat(UploadRules.detect(new byte[] {0x7F, 'E', 'L', 'F'})).isEmpty();
        assertThat(UploadRules.problem(30L * 1024 * 1024, "%PDF-".getBytes())).contains("subsidy.upload.too-large");
        assertThat(UploadRules.problem(0, new byte[0])).contains("subsidy.upload.empty");
        assertThat(UploadRules.problem(5, "%PDF-".getBytes())).isEmpty();
    }

    @Test
    void the_decision_term_is_read_from_the_catalogue_text_or_is_the_awb_eight_weeks() {
        assertThat(SubsidyRecords.parseTerm("Binnen 4 weken na ontvangst")).isEqualTo(Period.ofWeeks(4));
        assertThat(SubsidyRecords.parseTerm("binnen 13 weken")).isEqualTo(Period.ofWeeks(13));
        assertThat(SubsidyRecords.parseTerm("30 dagen")).isEqualTo(Period.ofDays(30));
        assertThat(SubsidyRecords.parseTerm("2 maanden")).isEqualTo(Period.ofMonths(2));
        assertThat(SubsidyRecords.parseTerm("zo snel mogelijk")).isEqualTo(Period.ofWeeks(8));
        assertThat(SubsidyRecords.parseTerm(null)).isEqualTo(Period.ofWeeks(8));
    }

    @Test
    void the_form_asks_what_the_instrument_needs_and_a_draft_only_refuses_wrong_values() {
        SubsidyRequestForm form = new SubsidyRequestForm();
        form.setContractStart(LocalDate.of(2026, 12, 1));
        form.setContractEnd(LocalDate.of(2026, 12, 1));

        assertThat(form.problems("loonkostensubsidie")).extracting(FieldProblem::field)
                .contains("loonwaardePercent", "contractEnd").doesNotContain("coachKind");
        assertThat(form.problems("jobcoaching")).extracting(FieldProblem::field)
                .contains("coachKind", "coachHoursPerMonth").doesNotContain("loonwaardePercent");
        assertThat(form.draftProblems("jobcoaching")).containsExactly(
                FieldProblem.of("contractEnd", "subsidy.error.end-before-start"));

        form.setLoonwaardemetingRequested(true);
        assertThat(form.problems("loonkostensubsidie")).extracting(FieldProblem::field)
                .doesNotContain("loonwaardePercent");
        form.setLoonwaardePercent(new BigDecimal("120"));
        assertThat(form.problems("loonkostensubsidie")).contains(
                FieldProblem.of("loonwaardePercent", "subsidy.error.percentage"));
    }

    @Test
    void a_proefplaatsing_asks_no_wage_and_a_paid_job_does() {
        SubsidyRequestForm form = new SubsidyRequestForm();

        assertThat(form.problems("proefplaatsing")).extracting(FieldProblem::field).doesNotContain("monthlyWage");
        assertThat(form.problems("jobcoaching")).extracting(FieldProblem::field).contains("monthlyWage");
    }
}
