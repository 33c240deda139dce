package nl.werkbrug.candidates.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import nl.werkbrug.candidates.CandidateEvent;
import nl.werkbrug.candidates.CandidateFixtures;
import nl.werkbrug.candidates.ContactKind;
import nl.werkbrug.candidates.DoelgroepFlag;
import nl.werkbrug.candidates.FileEntry;
import nl.werkbrug.candidates.FileStatus;
import nl.werkbrug.candidates.Obstacle;
import nl.werkbrug.candidates.OutflowReason;
import nl.werkbrug.candidates.TrajectoryStatus;
import nl.werkbrug.candidates.WorkObligation;
import nl.werkbrug.catalogue.Applicability;
import nl.werkbrug.shared.DutchTime;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The candidate file's own rules, without a database: what it accepts, what it refuses, and what it announces. */
class CandidateFileRulesTests {

    /** 1 December 2026, 10:00 Dutch time. */
    final Clock clock = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), DutchTime.ZONE);
    final CandidateFile.Acting acting = new CandidateFile.Acting("consulent.hengelo", "twente", clock);
    final LocalDate today = LocalDate.of(2026, 12, 1);

    /** Stands in for the vault: the rules only need a sealed value, its index and the masked form. */
    static final java.util.function.Function<nl.werkbrug.shared.Bsn, nl.werkbrug.platform.BsnVault.ProtectedBsn> SEALED =
            bsn -> new nl.werkbrug.platform.BsnVault.ProtectedBsn("sealed", "index", bsn.masked());

    CandidateFile file() {
        return new CandidateFile("H-1", CandidateFixtures.identity("Sanne", "de Boer"), SEALED, acting);
    }

    @Test
    void the_latest_assessment_sets_the_rung_and_earlier_ones_stay_in_the_history() {
        CandidateFile file = file();
        file.recordRung(new FileEntry.LadderAssessment(4, today.minusDays(10), "vrijwilligerswerk"), acting);
        file.recordRung(new FileEntry.LadderAssessment(2, today.minusYears(1), "eerste intake"), acting);

        assertThat(file.detail().ladderRung()).isEqualTo(4);
        assertThat(file.detail().ladder()).extracting(step -> step.rung() + "@" + step.assessedOn())
                .containsExactly("2@2025-12-01", "4@2026-11-21");
        assertThat(file.events()).filteredOn(CandidateEvent.LadderRungRecorded.class::isInstance)
                .map(CandidateEvent.LadderRungRecorded.class::cast)
                .extracting(event -> event.previous() + "->" + event.rung())
                .containsExactly("null->4", "4->4");
    }

    @Test
    void a_rung_of_seven_and_an_assessment_in_the_future_are_refused_at_their_fields() {
        CandidateFile file = file();

        assertThatThrownBy(() -> file.recordRung(new FileEntry.LadderAssessment(7, today.plusDays(1), ""), acting))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactlyInAnyOrder(tuple("rung", "candidates.error.rung"),
                                tuple("assessedOn", "candidates.error.date-future")));
        assertThat(file.detail().ladder()).isEmpty();
    }

    @Test
    void a_flag_ending_before_it_starts_is_refused_and_an_open_flag_cannot_be_added_twice() {
        CandidateFile file = file();
        assertThatThrownBy(() -> file.addFlag(new FileEntry.FlagEntry(DoelgroepFlag.STATUSHOUDER,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30), ""), acting))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(FieldProblem.of("until", "candidates.error.end-before-start")));

        file.addFlag(new FileEntry.FlagEntry(DoelgroepFlag.STATUSHOUDER, LocalDate.of(2026, 5, 1), null, "COA"), acting);
        assertThatThrownBy(() -> file.addFlag(new FileEntry.FlagEntry(DoelgroepFlag.STATUSHOUDER,
                LocalDate.of(2026, 9, 1), null, ""), acting))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(FieldProblem.of("flag", "candidates.error.flag-open")));
        assertThat(file.detail().flags()).hasSize(1);
    }

    @Test
    void a_new_work_obligation_ends_the_one_before_it_the_day_before_and_an_exemption_needs_a_reason() {
        CandidateFile file = file();
        file.recordObligation(new FileEntry.ObligationEntry(WorkObligation.OPGELEGD, "", LocalDate.of(2025, 1, 1), null), acting);

        assertThatThrownBy(() -> file.recordObligation(new FileEntry.ObligationEntry(
                WorkObligation.VOLLEDIGE_ONTHEFFING, " ", LocalDate.of(2026, 3, 1), null), acting))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(FieldProblem.of("reason", "candidates.error.exemption-reason")));
        file.recordObligation(new FileEntry.ObligationEntry(WorkObligation.VOLLEDIGE_ONTHEFFING,
                "mantelzorg voor een ernstig ziek kind", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 8, 31)), acting);

        assertThat(file.detail().obligations()).extracting(o -> o.kind() + " " + o.from() + ".." + o.until())
                .containsExactly("OPGELEGD 2025-01-01..2026-02-28", "VOLLEDIGE_ONTHEFFING 2026-03-01..2026-08-31");
    }

    @Test
    void obstacles_are_added_together_and_one_still_open_is_not_added_again() {
        CandidateFile file = file();
        file.addObstacles(new FileEntry.ObstacleEntry(Set.of(Obstacle.TAAL, Obstacle.ZORGTAKEN), today), acting);

        assertThatThrownBy(() -> file.addObstacles(new FileEntry.ObstacleEntry(Set.of(Obstacle.TAAL), today), acting))
                .isInstanceOf(InvalidInputException.class);
        assertThat(file.detail().obstacles()).extracting(o -> o.obstacle())
                .containsExactly(Obstacle.ZORGTAKEN, Obstacle.TAAL);
    }

    @Test
    void an_instrument_that_does_not_apply_is_not_planned_and_one_that_applies_starts_the_trajectory() {
        CandidateFile file = file();
        FileEntry.DeploymentPlan plan = new FileEntry.DeploymentPlan("beschut-werk", "SWB", today, null, null);

        assertThatThrownBy(() -> file.planDeployment(plan, new CandidateFile.Instrument("beschut-werk",
                "Nieuw beschut werk", Applicability.Outcome.DOES_NOT_APPLY), acting))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(FieldProblem.of("instrumentCode", "candidates.error.instrument-does-not-apply")));
        file.planDeployment(new FileEntry.DeploymentPlan("jobcoaching", "Interne jobcoach", today,
                today.plusMonths(6), new BigDecimal("1250.00")), new CandidateFile.Instrument("jobcoaching",
                "Jobcoaching", Applicability.Outcome.APPLIES), acting);

        assertThat(file.detail().trajectory()).isEqualTo(TrajectoryStatus.ACTIVE);
        assertThat(file.detail().deployments()).singleElement()
                .satisfies(d -> assertThat(d.instrumentName()).isEqualTo("Jobcoaching"));
        assertThat(file.events()).anyMatch(event -> event instanceof CandidateEvent.TrajectoryStarted started
                && started.instrumentCode().equals("jobcoaching"));
    }

    @Test
    void a_planned_end_before_the_start_is_refused_at_the_planned_end() {
        CandidateFile file = file();

        assertThatThrownBy(() -> file.planDeployment(new FileEntry.DeploymentPlan("jobcoaching", "", today,
                today.minusDays(1), null), new CandidateFile.Instrument("jobcoaching", "Jobcoaching",
                Applicability.Outcome.APPLIES), acting))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(FieldProblem.of("plannedEnd", "candidates.error.end-before-start")));
    }

    @Test
    void outflow_to_work_ends_the_running_deployment_closes_the_file_and_nothing_can_be_added_after() {
        CandidateFile file = file();
        file.planDeployment(new FileEntry.DeploymentPlan("jobcoaching", "", today.minusMonths(2), null, null),
                new CandidateFile.Instrument("jobcoaching", "Jobcoaching", Applicability.Outcome.APPLIES), acting);

        file.recordOutflow(new FileEntry.OutflowEntry(OutflowReason.WERK, today), acting);

        assertThat(file.detail().status()).isEqualTo(FileStatus.CLOSED);
        assertThat(file.detail().closedOn()).isEqualTo(today);
        assertThat(file.detail().deployments()).singleElement().satisfies(d -> assertThat(d.endedOn()).isEqualTo(today));
        assertThat(file.detail().trajectory()).isEqualTo(TrajectoryStatus.ENDED);
        assertThat(file.events()).anyMatch(event -> event instanceof CandidateEvent.OutflowRecorded outflow
                && outflow.reason() == OutflowReason.WERK);
        assertThatThrownBy(() -> file.recordContact(new FileEntry.ContactEntry(ContactKind.TELEFOON, today,
                "nabellen"), acting))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(FieldProblem.of("file", "candidates.error.file-closed")));
    }

    @Test
    void whether_an_outflow_lasted_can_be_told_from_six_months_after_it() {
        CandidateFile file = file();
        file.recordOutflow(new FileEntry.OutflowEntry(OutflowReason.WERK, LocalDate.of(2026, 6, 2)), acting);

        assertThatThrownBy(() -> file.recordLasting(true, acting))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(FieldProblem.of("lasted", "candidates.error.lasting-too-early",
                                LocalDate.of(2026, 12, 2))));
        CandidateFile.Acting nextDay = new CandidateFile.Acting("consulent.hengelo", "twente",
                Clock.offset(clock, Duration.ofDays(1)));
        file.recordLasting(true, nextDay);

        assertThat(file.detail().outflowLasted()).isTrue();
    }

    @Test
    void a_contact_moves_the_last_contact_only_forward() {
        CandidateFile file = file();
        file.recordContact(new FileEntry.ContactEntry(ContactKind.HUISBEZOEK, LocalDate.of(2026, 11, 20),
                "thuis gesproken"), acting);
        file.recordContact(new FileEntry.ContactEntry(ContactKind.TELEFOON, LocalDate.of(2026, 10, 1),
                "nagekomen notitie"), acting);

        assertThat(file.detail().lastContactOn()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void anonymising_a_closed_file_removes_who_the_candidate_is_but_keeps_the_counted_facts() {
        CandidateFile file = file();
        file.recordRung(new FileEntry.LadderAssessment(5, today.minusMonths(3), "werkt met jobcoach"), acting);
        file.recordOutflow(new FileEntry.OutflowEntry(OutflowReason.WERK, today.minusMonths(1)), acting);

        file.anonymise(acting);

        var detail = file.detail();
        assertThat(detail.name()).isBlank();
        assertThat(detail.maskedBsn()).isEmpty();
        assertThat(detail.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(detail.postcode()).isEqualTo("7551");
        assertThat(detail.email()).isEmpty();
        assertThat(detail.ladder()).singleElement().satisfies(step -> {
            assertThat(step.rung()).isEqualTo(5);
            assertThat(step.note()).isEmpty();
        });
        assertThat(detail.outflowReason()).isEqualTo(OutflowReason.WERK);
        assertThat(detail.anonymisedOn()).isEqualTo(today);
    }

    @Test
    void a_file_is_handed_over_with_a_note_but_not_to_its_own_consultant() {
        CandidateFile file = file();

        assertThatThrownBy(() -> file.transfer(new FileEntry.Handover("consulent.hengelo", "overdracht"), acting))
                .isInstanceOf(InvalidInputException.class);
        file.transfer(new FileEntry.Handover("werkcoach.hengelo", "Kandidaat wil richting techniek."), acting);

        assertThat(file.detail().consultant()).isEqualTo("werkcoach.hengelo");
        assertThat(file.detail().handovers()).singleElement()
                .satisfies(h -> assertThat(h.from() + "->" + h.to()).isEqualTo("consulent.hengelo->werkcoach.hengelo"));
    }
}
