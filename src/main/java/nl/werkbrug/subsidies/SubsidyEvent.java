package nl.werkbrug.subsidies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.werkbrug.shared.AuditedEvent;
import nl.werkbrug.shared.TenantEvent;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a subsidy request, published when the request is saved and delivered to listeners
 * after the commit. Carries ids, codes, the deciding municipality, the region and the acting user name; never the
 * employee's name, BSN or an e-mail address.
 */
public sealed interface SubsidyEvent extends TenantEvent, AuditedEvent {

    long requestId();

    /** The deciding municipality, which owns the request. */
    @Override
    String tenantId();

    String regionId();

    long employerId();

    @Override
    default String auditTenant() {
        return tenantId();
    }

    @Override
    default String auditSubject() {
        return SubsidyRequests.subject(requestId());
    }

    /**
     * The employer submitted the request: the decision term runs. {@code decisionTerm} is the term the request keeps
     * (ISO-8601 period, e.g. {@code P8W}), so the dashboards can judge the decision against it.
     */
    record SubsidyRequestSubmitted(long requestId, String tenantId, String regionId, long employerId, String actor, String instrumentCode,
                                   String decisionTerm)
            implements SubsidyEvent {

        @Override
        public String auditAction() {
            return "SUBSIDY_REQUEST_SUBMITTED";
        }

        @Override
        public String auditDetail() {
            return instrumentCode;
        }
    }

    /** A consultant took the request in hand. */
    record SubsidyHandlingStarted(long requestId, String tenantId, String regionId, long employerId, String actor)
            implements SubsidyEvent {

        @Override
        public String auditAction() {
            return "SUBSIDY_HANDLING_STARTED";
        }

        @Override
        public String auditDetail() {
            return "in behandeling";
        }
    }

    /** The municipality asked the employer for information; the decision term stands still. */
    record InformationRequested(long requestId, String tenantId, String regionId, long employerId, String actor)
            implements SubsidyEvent {

        @Override
        public String auditAction() {
            return "SUBSIDY_INFORMATION_REQUESTED";
        }

        @Override
        public String auditDetail() {
            return "information asked";
        }
    }

    /** The employer answered the municipality's question; the decision term runs again. */
    record InformationAnswered(long requestId, String tenantId, String regionId, long employerId, String actor)
            implements SubsidyEvent {

        @Override
        public String auditAction() {
            return "SUBSIDY_INFORMATION_GIVEN";
        }

        @Override
        public String auditDetail() {
            return "answer given";
        }
    }

    /** A consultant proposed a decision that departs from the catalogue rule; it waits for a second consultant. {@code departures} are the message keys of what departs. */
    record MaatwerkProposed(long requestId, String tenantId, String regionId, long employerId, String actor, SubsidyStatus outcome, @Nullable BigDecimal monthlyAmount, List<String> departures)
            implements SubsidyEvent {

        @Override
        public String auditAction() {
            return "SUBSIDY_DECISION_PROPOSED";
        }

        @Override
        public String auditDetail() {
            return outcome + " (maatwerk, awaits approval: " + String.join(", ", departures) + ")";
        }
    }

    /** A second consultant approved a maatwerk proposal (the decision itself follows as {@link SubsidyRequestDecided}). */
    record MaatwerkApproved(long requestId, String tenantId, String regionId, long employerId, String actor, String proposedBy)
            implements SubsidyEvent {

        @Override
        public String auditAction() {
            return "SUBSIDY_MAATWERK_APPROVED";
        }

        @Override
        public String auditDetail() {
            return "maatwerk proposed by " + proposedBy + " approved";
        }
    }

    /** The request was decided: granted or refused, with the monthly amount where the instrument has one. */
    record SubsidyRequestDecided(long requestId, String tenantId, String regionId, long employerId, String actor, SubsidyStatus outcome, @Nullable BigDecimal monthlyAmount, boolean maatwerk)
            implements SubsidyEvent {

        @Override
        public String auditAction() {
            return "SUBSIDY_DECIDED";
        }

        @Override
        public String auditDetail() {
            return outcome + (maatwerk ? " (maatwerk, approved)" : "");
        }
    }

    /** The employer withdrew the request. */
    record SubsidyRequestWithdrawn(long requestId, String tenantId, String regionId, long employerId, String actor)
            implements SubsidyEvent {

        @Override
        public String auditAction() {
            return "SUBSIDY_REQUEST_WITHDRAWN";
        }

        @Override
        public String auditDetail() {
            return "withdrawn by employer";
        }
    }

    /**
     * A submitted request names the placement it is filed for ({@code placement}: the referral through which the
     * employer hired the employee); published once the request has its {@code reference}, so the referrals module can
     * link the two. The employer's claim only: the listener checks that the placement is this employer's hire.
     */
    record SubsidyRequestedForPlacement(long requestId, String tenantId, String regionId, long employerId,
                                        String actor, java.util.UUID placement, String reference,
                                        String instrumentCode) implements SubsidyEvent {

        @Override
        public String auditAction() {
            return "SUBSIDY_REQUESTED_FOR_PLACEMENT";
        }

        @Override
        public String auditDetail() {
            return reference + "; plaatsing " + placement;
        }
    }

    /** Awb 4:14: the municipality extended the decision term once, to {@code extendedTo}; the employer is told. */
    record DecisionTermExtended(long requestId, String tenantId, String regionId, long employerId, String actor,
                                LocalDate extendedTo) implements SubsidyEvent {

        @Override
        public String auditAction() {
            return "SUBSIDY_TERM_EXTENDED";
        }

        @Override
        public String auditDetail() {
            return "decision term extended to " + extendedTo + " (Awb 4:14)";
        }
    }

    /** Awb 4:17: the employer gave notice of default after the decision term passed; the penalty clock starts. */
    record NoticeOfDefaultGiven(long requestId, String tenantId, String regionId, long employerId, String actor,
                                LocalDate penaltyFrom) implements SubsidyEvent {

        @Override
        public String auditAction() {
            return "SUBSIDY_NOTICE_OF_DEFAULT";
        }

        @Override
        public String auditDetail() {
            return "notice of default; penalty owed from " + penaltyFrom + " (Awb 4:17)";
        }
    }

    /** The consultant recorded the loonwaardemeting at the workplace (art. 10d Participatiewet). */
    record LoonwaardemetingRecorded(long requestId, String tenantId, String regionId, long employerId, String actor,
                                    String method, LocalDate measuredOn) implements SubsidyEvent {

        @Override
        public String auditAction() {
            return "SUBSIDY_LOONWAARDEMETING_RECORDED";
        }

        @Override
        public String auditDetail() {
            return "loonwaardemeting " + method + " of " + measuredOn;
        }
    }

    /** The consultant recorded the jobcoaching plan: period, hours per month, and whether the tariff was entered. */
    record CoachingPlanRecorded(long requestId, String tenantId, String regionId, long employerId, String actor,
                                LocalDate from, LocalDate to, java.math.BigDecimal hoursPerMonth,
                                boolean tariffEntered) implements SubsidyEvent {

        @Override
        public String auditAction() {
            return "SUBSIDY_COACHING_PLAN_RECORDED";
        }

        @Override
        public String auditDetail() {
            return "jobcoaching plan " + from + " to " + to + ", " + hoursPerMonth + " hours a month, tariff "
                    + (tariffEntered ? "entered" : "from the catalogue");
        }
    }
}
