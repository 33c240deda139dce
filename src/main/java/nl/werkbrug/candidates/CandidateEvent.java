package nl.werkbrug.candidates;

import nl.werkbrug.shared.AuditedEvent;
import nl.werkbrug.shared.TenantEvent;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a candidate file, for the dashboards, the pool and the audit trail. Published when the
 * file is saved, delivered after the commit. Carries ids, codes and the acting user; never the candidate's name,
 * BSN or any other personal data.
 */
public sealed interface CandidateEvent extends TenantEvent, AuditedEvent {

    long fileId();

    /** The municipality that owns the file. */
    @Override
    String tenantId();

    String regionId();

    @Override
    default String auditTenant() {
        return tenantId();
    }

    @Override
    default String auditSubject() {
        return CandidateFiles.subject(fileId());
    }

    /** A consultant opened a file. */
    record CandidateFileOpened(long fileId, String tenantId, String regionId, String actor) implements CandidateEvent {

        @Override
        public String auditAction() {
            return "CANDIDATE_FILE_OPENED";
        }

        @Override
        public String auditDetail() {
            return "file opened";
        }
    }

    /** A consultant corrected who the candidate is or how to reach them. */
    record CandidateIdentityChanged(long fileId, String tenantId, String regionId, String actor)
            implements CandidateEvent {

        @Override
        public String auditAction() {
            return "CANDIDATE_FILE_CHANGED";
        }

        @Override
        public String auditDetail() {
            return "identity or contact details corrected";
        }
    }

    /** A consultant changed what the candidate can and wants (occupations, skills, hours, availability, ...). */
    record CandidateProfileChanged(long fileId, String tenantId, String regionId, String actor)
            implements CandidateEvent {

        @Override
        public String auditAction() {
            return "CANDIDATE_FILE_CHANGED";
        }

        @Override
        public String auditDetail() {
            return "profile changed";
        }
    }

    /** A doelgroep flag was recorded or ended. */
    record DoelgroepFlagChanged(long fileId, String tenantId, String regionId, String actor, DoelgroepFlag flag,
                                boolean ended) implements CandidateEvent {

        @Override
        public String auditAction() {
            return "CANDIDATE_FILE_CHANGED";
        }

        @Override
        public String auditDetail() {
            return flag.name() + (ended ? " ended" : " recorded");
        }
    }

    /** A rung of the participatieladder was recorded; {@code previous} is the rung before (none: the first). */
    record LadderRungRecorded(long fileId, String tenantId, String regionId, String actor, @Nullable Integer previous,
                              int rung) implements CandidateEvent {

        @Override
        public String auditAction() {
            return "CANDIDATE_RUNG_RECORDED";
        }

        @Override
        public String auditDetail() {
            return "rung " + (previous == null ? "-" : previous) + " -> " + rung;
        }
    }

    /** An instrument was deployed in the file's trajectory. */
    record TrajectoryStarted(long fileId, String tenantId, String regionId, String actor, String instrumentCode) implements CandidateEvent {

        @Override
        public String auditAction() {
            return "CANDIDATE_TRAJECTORY_STARTED";
        }

        @Override
        public String auditDetail() {
            return instrumentCode;
        }
    }

    /** A deployment ended. */
    record TrajectoryEnded(long fileId, String tenantId, String regionId, String actor, long deploymentId,
                           String instrumentCode) implements CandidateEvent {

        @Override
        public String auditAction() {
            return "CANDIDATE_TRAJECTORY_ENDED";
        }

        @Override
        public String auditDetail() {
            return instrumentCode;
        }
    }

    /** The candidate left the caseload for a reason; the file is closed. */
    record OutflowRecorded(long fileId, String tenantId, String regionId, String actor, OutflowReason reason)
            implements CandidateEvent {

        @Override
        public String auditAction() {
            return "CANDIDATE_OUTFLOW_RECORDED";
        }

        @Override
        public String auditDetail() {
            return reason.name();
        }
    }

    /** Six months after the outflow the consultant recorded whether it lasted. */
    record OutflowLastingRecorded(long fileId, String tenantId, String regionId, String actor, OutflowReason reason,
                                  boolean lasted) implements CandidateEvent {

        @Override
        public String auditAction() {
            return "CANDIDATE_OUTFLOW_LASTING_RECORDED";
        }

        @Override
        public String auditDetail() {
            return reason.name() + (lasted ? " lasted" : " did not last");
        }
    }

    /** The file went to another responsible consultant. */
    record CandidateFileTransferred(long fileId, String tenantId, String regionId, String actor,
                                    @Nullable String from, String to) implements CandidateEvent {

        @Override
        public String auditAction() {
            return "CANDIDATE_FILE_TRANSFERRED";
        }

        @Override
        public String auditDetail() {
            return (from == null ? "-" : from) + " -> " + to;
        }
    }

    /** A closed file passed its retention term; its personal data was removed. */
    record CandidateFileAnonymised(long fileId, String tenantId, String regionId, String actor)
            implements CandidateEvent {

        @Override
        public String auditAction() {
            return "CANDIDATE_FILE_ANONYMISED";
        }

        @Override
        public String auditDetail() {
            return "retention term passed";
        }
    }
}
