package nl.werkbrug.pool;

import java.util.UUID;

import nl.werkbrug.candidates.CandidateFiles;
import nl.werkbrug.shared.AuditedEvent;
import nl.werkbrug.shared.TenantEvent;

/**
 * Something that happened to a profile in the pool, for the dashboards (pool size and freshness) and the audit
 * trail of the owning municipality. Carries ids and codes only.
 */
public sealed interface PoolEvent extends TenantEvent, AuditedEvent {

    long fileId();

    UUID profileId();

    /** The municipality that owns the file. */
    @Override
    String tenantId();

    String regionId();

    String actor();

    @Override
    default String auditTenant() {
        return tenantId();
    }

    @Override
    default String auditSubject() {
        return CandidateFiles.subject(fileId());
    }

    /** The candidate consented to an audience; the profile joined the pool with the first consent. */
    record ConsentGiven(long fileId, UUID profileId, String tenantId, String regionId, String actor,
                        Audience audience, boolean joined) implements PoolEvent {

        @Override
        public String auditAction() {
            return "POOL_CONSENT_GIVEN";
        }

        @Override
        public String auditDetail() {
            return audience.name() + (joined ? ", profile joined the pool" : "");
        }
    }

    /** The candidate withdrew consent for an audience; it takes effect on the next query. */
    record ConsentWithdrawn(long fileId, UUID profileId, String tenantId, String regionId, String actor,
                            Audience audience) implements PoolEvent {

        @Override
        public String auditAction() {
            return "POOL_CONSENT_WITHDRAWN";
        }

        @Override
        public String auditDetail() {
            return audience.name();
        }
    }

    /** A consultant confirmed that the profile is current. */
    record ProfileConfirmed(long fileId, UUID profileId, String tenantId, String regionId, String actor)
            implements PoolEvent {

        @Override
        public String auditAction() {
            return "POOL_PROFILE_CONFIRMED";
        }

        @Override
        public String auditDetail() {
            return "profile confirmed";
        }
    }

    /** The file was closed: its profile left the pool. The consent ledger stays with the file. */
    record ProfileLeft(long fileId, UUID profileId, String tenantId, String regionId, String actor)
            implements PoolEvent {

        @Override
        public String auditAction() {
            return "POOL_PROFILE_LEFT";
        }

        @Override
        public String auditDetail() {
            return "file closed";
        }
    }

    /** A requester asked for an introduction to the profile; the owning consultants see it in their inbox. */
    record IntroductionRequested(long fileId, UUID profileId, String tenantId, String regionId, String actor,
                                 UUID introductionId, String requester) implements PoolEvent {

        @Override
        public String auditAction() {
            return "POOL_INTRODUCTION_REQUESTED";
        }

        @Override
        public String auditDetail() {
            return "introduction " + introductionId + " requested by " + requester;
        }
    }

    /** The owning consultant recorded the candidate's consent for the requester, or declined. */
    record IntroductionAnswered(long fileId, UUID profileId, String tenantId, String regionId, String actor,
                                UUID introductionId, String requester, IntroductionState state) implements PoolEvent {

        @Override
        public String auditAction() {
            return "POOL_INTRODUCTION_ANSWERED";
        }

        @Override
        public String auditDetail() {
            return "introduction " + introductionId + " for " + requester + ": " + state.name();
        }
    }

    /** An open request passed the owning municipality's term unanswered. */
    record IntroductionExpired(long fileId, UUID profileId, String tenantId, String regionId, String actor,
                               UUID introductionId, String requester) implements PoolEvent {

        @Override
        public String auditAction() {
            return "POOL_INTRODUCTION_EXPIRED";
        }

        @Override
        public String auditDetail() {
            return "introduction " + introductionId + " for " + requester + " expired";
        }
    }

    /** The requester withdrew an open request. */
    record IntroductionWithdrawn(long fileId, UUID profileId, String tenantId, String regionId, String actor,
                                 UUID introductionId, String requester) implements PoolEvent {

        @Override
        public String auditAction() {
            return "POOL_INTRODUCTION_WITHDRAWN";
        }

        @Override
        public String auditDetail() {
            return "introduction " + introductionId + " withdrawn by " + requester;
        }
    }
}
