package nl.werkbrug.candidates;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.werkbrug.catalogue.Applicability;
import org.jspecify.annotations.Nullable;

/**
 * A candidate file as its municipality's consultants see it. The BSN is masked here; showing it whole is a deliberate,
 * audited step ({@link CandidateFiles#revealBsn}).
 */
public record CandidateFileDetail(long id, String tenantId, String fileNumber, FileStatus status,
                                  String givenName, String familyName, String maskedBsn,
                                  @Nullable LocalDate birthDate, String street, String houseNumber, String postcode,
                                  String city, String phone, String email, @Nullable Benefit benefit,
                                  @Nullable LocalDate benefitSince,
                                  CandidateProfile profile,
                                  @Nullable String consultant, List<String> involved,
                                  @Nullable Integer ladderRung, List<LadderStep> ladder,
                                  List<FlagLine> flags, List<ObligationLine> obligations, List<ObstacleLine> obstacles,
                                  List<DeploymentLine> deployments, List<IntakeLine> intakes,
                                  List<ContactLine> contacts, List<AgreementLine> agreements,
                                  List<HandoverLine> handovers,
                                  @Nullable LocalDate lastContactOn, TrajectoryStatus trajectory,
                                  @Nullable LocalDate closedOn, @Nullable OutflowReason outflowReason,
                                  @Nullable Boolean outflowLasted, @Nullable LocalDate anonymisedOn,
                                  LocalDate openedOn, String openedBy) {

    public String name() {
        return givenName + " " + familyName;
    }

    public boolean open() {
        return status == FileStatus.OPEN;
    }

    public record LadderStep(int rung, LocalDate assessedOn, String assessor, String note) {
    }

    public record FlagLine(long id, DoelgroepFlag flag, LocalDate from, @Nullable LocalDate until, String basis,
                           String recordedBy) {

        /** Whether the flag holds on the day: from its first day up to and including its last. */
        public boolean holdsOn(LocalDate day) {
            return !from.isAfter(day) && (until == null || !until.isBefore(day));
        }
    }

    public record ObligationLine(long id, WorkObligation kind, String reason, LocalDate from,
                                 @Nullable LocalDate until, String recordedBy) {
    }

    public record ObstacleLine(long id, Obstacle obstacle, LocalDate from, @Nullable LocalDate until,
                               String recordedBy) {
    }

    /** A deployment, with the catalogue's verdict when it was planned. */
    public record DeploymentLine(long id, String instrumentCode, String instrumentName,
                                 Applicability.Outcome applicability, String provider, LocalDate start,
                                 @Nullable LocalDate plannedEnd, @Nullable LocalDate endedOn,
                                 @Nullable BigDecimal cost, String outcome, String plannedBy) {

        public boolean running() {
            return endedOn == null;
        }
    }

    public record IntakeLine(long id, LocalDate heldOn, Set<Diagnosis> diagnoses, IntakeOutcome outcome, String note,
                             String recordedBy) {
    }

    public record ContactLine(long id, ContactKind kind, LocalDate heldOn, String note, String recordedBy) {
    }

    public record AgreementLine(long id, String description, LocalDate dueOn, @Nullable LocalDate doneOn,
                                String recordedBy) {
    }

    public record HandoverLine(@Nullable String from, String to, String note, Instant at) {
    }
}
