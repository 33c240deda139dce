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
}
