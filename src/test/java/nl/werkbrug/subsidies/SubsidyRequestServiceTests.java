package nl.werkbrug.subsidies;

import static nl.werkbrug.subsidies.SubsidyForms.jobcoaching;
import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import nl.werkbrug.shared.DutchTime;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.identity.EmployerRole;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.identity.TenantRole;
import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditEntry;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.platform.AuditQuery;
import nl.werkbrug.shared.AlgemeneTermijnenwet;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.support.TestUsers;
import nl.werkbrug.tenancy.TenantContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Subsidy requests through the services, on the real database with row-level security. */
@IntegrationTest
class SubsidyRequestServiceTests {

    static final String VALID_BSN = SubsidyForms.VALID_BSN;
    static final String INVALID_BSN = "123456789"; // fails it

    @Autowired
    SubsidyRequests requests;
    @Autowired
    nl.werkbrug.tenancy.TenantDocuments documents;
    @Autowired
    nl.werkbrug.tenancy.TenantDirectory directory;
    @Autowired
    SubsidyDecisions decisions;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    nl.werkbrug.employer.EmployerOrganisations organisations;

    PortalUser employer;
    PortalUser otherEmployer;

    @org.junit.jupiter.api.BeforeEach
    void employers() {
        employer = employer("svc-werkgever", nl.werkbrug.support.TestUsers.registeredEmployer(organisations, "99000011",
                "Svc Werkgever"));
        otherEmployer = employer("svc-andere-werkgever", nl.werkbrug.support.TestUsers.registeredEmployer(organisations,
                "99000012", "Svc Andere Werkgever"));
    }
    final PortalUser hengelo = consultant("svc-consulent-hengelo", "hengelo");
    final PortalUser hengeloColleague = consultant("svc-collega-hengelo", "hengelo");
    final PortalUser enschede = consultant("svc-consulent-enschede", "enschede");

    static PortalUser employer(String username, long employerId) {
        return new PortalUser(username, username, Map.of(), Map.of(),
                new EmployerMembership(employerId, EmployerRole.EMPLOYER_ADMIN), null);
    }

    SubsidyRequestDetail submitted(String instrument, SubsidyRequestForm form) {
        return as(employer, () -> {
            SubsidyRequestDetail draft = requests.saveDraft("hengelo", null, instrument, form);
            return requests.submit("hengelo", draft.id());
        });
    }

    @Test
    void a_draft_may_be_incomplete_and_submitting_it_starts_the_decision_term_from_the_catalogue() {
        SubsidyRequestForm partial = new SubsidyRequestForm();
        partial.setEmployeeName("Alleen Naam");
        SubsidyRequestDetail draft = as(employer, () -> requests.saveDraft("hengelo", null, "jobcoaching", partial));

        assertThat(draft.status()).isEqualTo(SubsidyStatus.CONCEPT);
        assertThat(draft.catalogueVersionId()).isPositive();
        assertThat(draft.deadline()).isNull();
        assertThatThrownBy(() -> as(employer, () -> requests.submit("hengelo", draft.id())))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field).contains("bsn", "contractStart", "coachKind"));

        SubsidyRequestDetail submitted = as(employer, () -> {
            requests.saveDraft("hengelo", draft.id(), "jobcoaching", jobcoaching());
            return requests.submit("hengelo", draft.id());
        });
        assertThat(submitted.status()).isEqualTo(SubsidyStatus.INGEDIEND);
        assertThat(submitted.submittedOn()).isEqualTo(LocalDate.now(DutchTime.ZONE));
        assertThat(submitted.decisionTerm()).isEqualTo(Period.ofWeeks(8));
        assertThat(submitted.deadline()).isEqualTo(AlgemeneTermijnenwet.extendToWorkingDay(LocalDate.now(DutchTime.ZONE).plusWeeks(8)));
        assertThat(submitted.bsn()).isEqualTo("******333");
    }

    @Test
    void the_employer_chooses_from_the_instruments_employers_can_request_and_hears_whether_the_request_can_qualify() {
        var instruments = as(employer, () -> requests.instruments("hengelo"));

        assertThat(instruments).extracting(instrument -> instrument.code()).contains("jobcoaching", "loonkostensubsidie")
                .doesNotContain("beschut-werk", "loonwaardemeting");
        var verdict = as(employer, () -> requests.applicability("hengelo", "jobcoaching", jobcoaching())).orElseThrow();
        SubsidyRequestDetail draft = as(employer, () -> requests.saveDraft("hengelo", null, "jobcoaching", jobcoaching()));
        assertThat(verdict.version().versionId()).isEqualTo(draft.catalogueVersionId());
        assertThat(verdict.outcome()).isNotEqualTo(nl.werkbrug.catalogue.Applicability.Outcome.DOES_NOT_APPLY);
        assertThatThrownBy(() -> as(employer, () -> requests.saveDraft("hengelo", null, "beschut-werk", jobcoaching())))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(hengelo, "hengelo", () -> requests.mine())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_withdrawn_request_leaves_the_queue_open_list_and_cannot_be_decided() {
        SubsidyRequestDetail request = submitted("jobcoaching", jobcoaching());

        SubsidyRequestDetail withdrawn = as(employer, () -> requests.withdraw("hengelo", request.id()));

        assertThat(withdrawn.status()).isEqualTo(SubsidyStatus.INGETROKKEN);
        assertThat(withdrawn.deadline()).isNotNull();
        assertThat(withdrawn.overdue()).isFalse();
        assertThatThrownBy(() -> as(hengelo, "hengelo", () -> decisions.decide(request.id(),
                DecisionDraft.of(true, "Te laat.")))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(employer, () -> requests.withdraw("hengelo", request.id())))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_bsn_failing_the_11_proef_or_an_end_before_the_start_is_refused_at_its_field_and_nothing_is_saved() {
        SubsidyRequestForm wrong = jobcoaching();
        wrong.setBsn(INVALID_BSN);
        wrong.setContractEnd(wrong.getContractStart().minusDays(1));
        long before = as(employer, () -> requests.mine()).size();

        assertThatThrownBy(() -> as(employer, () -> requests.saveDraft("hengelo", null, "jobcoaching", wrong)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsExactlyInAnyOrder(FieldProblem.of("bsn", "subsidy.error.bsn"),
                                FieldProblem.of("contractEnd", "subsidy.error.end-before-start")));
        assertThat(as(employer, () -> requests.mine())).hasSize((int) before);
        assertThat(SubsidyRequestForm.isValidBsn(VALID_BSN)).isTrue();
        assertThat(SubsidyRequestForm.isValidBsn(INVALID_BSN)).isFalse();
        assertThat(SubsidyRequestForm.isValidBsn("12345678")).isFalse();
    }

    @Test
    void asking_for_information_stops_the_clock_and_the_answer_lets_it_run_on() {
        SubsidyRequestDetail request = submitted("jobcoaching", jobcoaching());
        SubsidyRequestDetail other = submitted("jobcoaching", jobcoaching());

        SubsidyRequestDetail asked = as(hengelo, "hengelo", () -> decisions.askForInformation(request.id(),
                "Stuur het arbeidscontract mee."));
        assertThat(asked.status()).isEqualTo(SubsidyStatus.INFORMATIE_GEVRAAGD);
        assertThat(asked.suspended()).isTrue();
        assertThat(asked.deadline()).isNull();
        // the lists too, whose questions are read for all their requests at once: only the asked request's clock stops
        List<Long> both = List.of(request.id(), other.id());
        assertThat(as(employer, () -> requests.mine())).filteredOn(line -> both.contains(line.id()))
                .extracting(SubsidyRequestSummary::id, SubsidyRequestSummary::suspended, SubsidyRequestSummary::deadline)
                .containsExactlyInAnyOrder(tuple(request.id(), true, null), tuple(other.id(), false, other.deadline()));
        assertThat(as(hengelo, "hengelo", () -> decisions.queue(SubsidyDecisions.QueueFilter.ALL)))
                .filteredOn(line -> both.contains(line.id()))
                .extracting(SubsidyRequestSummary::id, SubsidyRequestSummary::suspended)
                .containsExactlyInAnyOrder(tuple(request.id(), true), tuple(other.id(), false));

        SubsidyRequestDetail answered = as(employer, () -> requests.answer("hengelo", request.id(), "Zie bijlage."));
        assertThat(answered.status()).isEqualTo(SubsidyStatus.IN_BEHANDELING);
        assertThat(answered.deadline()).isEqualTo(request.deadline()); // asked and answered the same day: no delay
        assertThat(answered.informationRequests()).singleElement()
                .satisfies(question -> assertThat(question.answer()).isEqualTo("Zie bijlage."));
    }

    @Test
    void an_enschede_consultant_and_another_employer_cannot_reach_a_hengelo_request() {
        SubsidyRequestDetail request = submitted("jobcoaching", jobcoaching());

        assertThat(as(enschede, "enschede", () -> decisions.open(request.id()))).isEmpty();
        assertThat(as(enschede, "enschede", () -> decisions.queue(SubsidyDecisions.QueueFilter.ALL)))
                .extracting(SubsidyRequestSummary::id).doesNotContain(request.id());
        assertThatThrownBy(() -> as(enschede, "enschede", () -> decisions.decide(request.id(),
                DecisionDraft.of(true, "ok")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(enschede, "hengelo", () -> decisions.open(request.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(enschede, () -> requests.find("hengelo", request.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(otherEmployer, () -> requests.find("hengelo", request.id()))).isEmpty();
        assertThat(as(otherEmployer, () -> requests.mine())).extracting(SubsidyRequestSummary::id).doesNotContain(request.id());
        assertThat(as(employer, () -> requests.find("enschede", request.id()))).isEmpty();

        SubsidyRequestDetail seen = as(hengelo, "hengelo", () -> decisions.open(request.id())).orElseThrow();
        assertThat(seen.bsn()).isEqualTo(VALID_BSN);
        assertThat(as(employer, () -> requests.find("hengelo", request.id()).orElseThrow().bsn())).isEqualTo("******333");
        PortalUser auditor = TestUsers.withTenantRole("svc-beheer-hengelo", "hengelo", TenantRole.TENANT_ADMIN);
        assertThat(as(auditor, "hengelo", () -> auditLog.tenantEntries(new AuditQuery(AuditAction.PERSONAL_DATA_VIEWED,
                null, null, null, 1000))))
                .extracting(AuditEntry::subject).contains(SubsidyRequests.subject(request.id()));
    }

    @Test
    void maatwerk_takes_effect_only_when_another_consultant_approves_it() {
        SubsidyRequestDetail request = submitted("jobcoaching", jobcoaching());
        SubsidyFixtures.coachingPlanned(decisions, hengelo, request);

        // The catalogue states no monthly amount for jobcoaching, so granting 450 euro a month departs from the rule.
        SubsidyRequestDetail proposed = as(hengelo, "hengelo", () -> decisions.decide(request.id(),
                new DecisionDraft(true, "Meer uren dan de regel, vanwege de zware beperking.", null, new BigDecimal("450"))));
        assertThat(proposed.awaitingApproval()).isTrue();
        assertThat(proposed.departures()).containsExactly(
                FieldProblem.of("monthlyAmount", "subsidy.maatwerk.amount-without-rule", "450"));
        assertThat(proposed.status()).isIn(SubsidyStatus.INGEDIEND, SubsidyStatus.IN_BEHANDELING);
        assertThatThrownBy(() -> as(hengelo, "hengelo", () -> decisions.approve(request.id())))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("subsidy.error.four-eyes"));

        SubsidyRequestDetail approved = as(hengeloColleague, "hengelo", () -> decisions.approve(request.id()));
        assertThat(approved.status()).isEqualTo(SubsidyStatus.TOEGEKEND);
        assertThat(approved.decidedBy()).isEqualTo("svc-consulent-hengelo");
        assertThat(approved.approvedBy()).isEqualTo("svc-collega-hengelo");
    }

    @Test
    void a_granted_loonkostensubsidie_follows_the_statutory_rule_and_the_letter_says_so_without_the_bsn() throws IOException {
        SubsidyRequestForm form = jobcoaching();
        form.setCoachKind(null);
        form.setCoachHoursPerMonth(null);
        form.setLoonwaardePercent(new BigDecimal("60"));
        form.setContractStart(LocalDate.of(2026, 3, 2));
        form.setContractEnd(LocalDate.of(2026, 12, 31));
        SubsidyRequestDetail request = submitted("loonkostensubsidie", form);
        assertThatThrownBy(() -> as(hengelo, "hengelo", () -> decisions.decide(request.id(),
                DecisionDraft.of(true, "Op de schatting van de werkgever."))))
                .as("the employer's estimate alone carries no decision")
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("subsidy.error.meting-needed"));
        as(hengelo, "hengelo", () -> decisions.recordLoonwaardemeting(request.id(), new Loonwaardemeting(
                "A. de Vries, arbeidsdeskundige", "Loonbalans", LocalDate.of(2026, 2, 20), new BigDecimal("60"))));

        SubsidyRequestDetail decided = as(hengelo, "hengelo", () -> decisions.decide(request.id(),
                DecisionDraft.of(true, "De loonwaarde is vastgesteld op 60%.")));

        // From 2 March 2026: WML 14.71 an hour (werkbrug.minimum-wage.hourly.2026-01-01).
        // WML for 32 hours a month: 14.71 x 32 x 52 / 12 = 2039.7867
        // subsidy: WML minus 60% loonwaarde = 40% x 2039.7867 = 815.9147 (below the 70% cap of 1427.85) -> 815.91
        // employer costs: 23.5% x 815.9147 = 191.7399 -> 191.74
        // total per month: 815.91 + 191.74 = 1007.65
        // From 1 July 2026 the configuration has no WML: that period is shown as missing, not as 1007.65.
        BigDecimal expected = new BigDecimal("1007.65");
        assertThat(decided.monthlyAmount()).isEqualByComparingTo(expected);
        assertThat(decided.status()).isEqualTo(SubsidyStatus.TOEGEKEND);
        assertThat(decided.maatwerk()).isFalse();
        assertThat(decided.lksPeriods()).hasSize(2);
        assertThat(decided.lksPeriods().get(1).from()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(decided.lksPeriods().get(1).minimumWageMissing()).isTrue();
        byte[] pdf = as(employer, () -> requests.decisionLetter("hengelo", request.id())).orElseThrow();
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Gemeente Hengelo", "Beschikking loonkostensubsidie", "Wij kennen uw aanvraag toe",
                "De loonwaarde is vastgesteld op 60%", "bezwaar", "Jan Jansen", "artikel 10d Participatiewet",
                "van 2 maart 2026 tot en met 30 juni 2026:", "1.007,65 per maand",
                "van 1 juli 2026 tot en met 31 december 2026: het wettelijk minimumloon voor deze periode is nog niet bekend",
                "Loonbalans", "de teamleider Werk, Inkomen en Zorg")
                .contains(java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("nl-NL")).format(expected))
                .doesNotContain(VALID_BSN, "2333");
        assertThat(documents.brandColour(directory.require("hengelo")).getRGB() & 0xFFFFFF).isEqualTo(0x00529b);
    }

    @Test
    void an_overdue_request_stands_out_in_the_queue_filter() {
        SubsidyRequestDetail request = submitted("jobcoaching", jobcoaching());
        TenantContext.runAs("hengelo", () -> new TransactionTemplate(transactionManager).executeWithoutResult(status ->
                jdbc.sql("update subsidy_request set submitted_on = current_date - 120 where id = ?").param(request.id()).update()));

        var overdue = as(hengelo, "hengelo", () -> decisions.queue(new SubsidyDecisions.QueueFilter(null, "jobcoaching", true)));

        assertThat(overdue).filteredOn(line -> line.id() == request.id()).singleElement()
                .satisfies(line -> assertThat(line.overdue()).isTrue());
        assertThat(overdue).allSatisfy(line -> assertThat(line.overdue()).isTrue());
    }

    @Test
    void uploads_are_checked_by_content_and_size() {
        SubsidyRequestDetail draft = as(employer, () -> requests.saveDraft("hengelo", null, "jobcoaching", jobcoaching()));
        byte[] executable = new byte[2048];
        executable[0] = 'M';
        executable[1] = 'Z';
        byte[] tooLarge = new byte[UploadRules.MAX_BYTES + 1];
        tooLarge[0] = '%'; tooLarge[1] = 'P'; tooLarge[2] = 'D'; tooLarge[3] = 'F'; tooLarge[4] = '-';
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes();

        assertThatThrownBy(() -> as(employer, () -> requests.attach("hengelo", draft.id(), "contract.pdf", executable)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("subsidy.upload.wrong-type"));
        assertThatThrownBy(() -> as(employer, () -> requests.attach("hengelo", draft.id(), "groot.pdf", tooLarge)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("subsidy.upload.too-large"));
        AttachmentInfo stored = as(employer, () -> requests.attach("hengelo", draft.id(), "contract.pdf", pdf));

        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(as(employer, () -> requests.find("hengelo", draft.id())).orElseThrow().attachments())
                .extracting(AttachmentInfo::fileName).containsExactly("contract.pdf");
        assertThat(as(otherEmployer, () -> requests.find("hengelo", draft.id()))).isEmpty();
    }
}
