package nl.werkbrug.referrals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import nl.werkbrug.employer.ContractType;
import nl.werkbrug.shared.AuditedEvent;
import nl.werkbrug.shared.TenantEvent;

/**
 * Something that happened to a referral, for the dashboards and the audit trail of the municipality that owns the
 * candidate's file (listeners run there). Carries ids, codes and the actor's account name, never personal data.
 */
public sealed interface ReferralEvent extends TenantEvent, AuditedEvent {

    UUID referralId();

    UUID profileId();

    /** The municipality that owns the candidate's file. */
    @Override
    String tenantId();

    /** The municipality whose consultant proposed the candidate. */
    String proposerTenantId();

    String regionId();

    long employerId();

    long vacancyId();

    /** The owning municipality's audit trail records it: the candidate is theirs. */
    @Override
    default String auditTenant() {
        return tenantId();
    }

    @Override
    default String auditSubject() {
        return "voordracht " + referralId();
    }

    @Override
    default String auditDetail() {
        return "vacature " + vacancyId() + ", werkgever " + employerId() + ", voorgedragen door " + proposerTenantId();
    }

    /** A consultant proposed a candidate; {@code awaitingOwner}: another municipality's, so the owner agrees first. */
    record Proposed(UUID referralId, UUID profileId, String tenantId, String proposerTenantId, String regionId,
                    long employerId, long vacancyId, String actor, boolean awaitingOwner) implements ReferralEvent {

        @Override
        public String auditAction() {
            return "REFERRAL_PROPOSED";
        }
    }

    /** The owning municipality agreed to another municipality's proposal: it goes to the employer. */
    record Agreed(UUID referralId, UUID profileId, String tenantId, String proposerTenantId, String regionId,
                  long employerId, long vacancyId, String actor) implements ReferralEvent {

        @Override
        public String auditAction() {
            return "REFERRAL_AGREED";
        }
    }

    /** The owning municipality did not agree to another municipality's proposal. */
    record AgreementRefused(UUID referralId, UUID profileId, String tenantId, String proposerTenantId,
                            String regionId, long employerId, long vacancyId, String actor) implements ReferralEvent {

        @Override
        public String auditAction() {
            return "REFERRAL_AGREEMENT_REFUSED";
        }
    }

    /** The employer opened the proposal. */
    record Viewed(UUID referralId, UUID profileId, String tenantId, String proposerTenantId, String regionId,
                  long employerId, long vacancyId, String actor) implements ReferralEvent {

        @Override
        public String auditAction() {
            return "REFERRAL_VIEWED";
        }
    }

    /** The employer invited the candidate; from now on the employer sees name and contact details. */
    record Invited(UUID referralId, UUID profileId, String tenantId, String proposerTenantId, String regionId,
                   long employerId, long vacancyId, String actor) implements ReferralEvent {

        @Override
        public String auditAction() {
            return "REFERRAL_INVITED";
        }
    }

    /**
     * The employer hired the candidate: the placement, for the dashboards; {@code doelgroepregister}: the candidate is
     * in the doelgroepregister on the first working day (the placement counts for the banenafspraak).
     */
    record Hired(UUID referralId, UUID profileId, String tenantId, String proposerTenantId, String regionId,
                 long employerId, long vacancyId, String actor, LocalDate start, BigDecimal hoursPerWeek,
                 ContractType contractType, boolean doelgroepregister) implements ReferralEvent {

        @Override
        public String auditAction() {
            return "REFERRAL_HIRED";
        }

        @Override
        public String auditDetail() {
            return ReferralEvent.super.auditDetail() + "; start " + start + ", " + hoursPerWeek.toPlainString()
                    + " uur, " + contractType;
        }
    }

    /** The employer rejected the candidate, with a reason from the fixed list. */
    record Rejected(UUID referralId, UUID profileId, String tenantId, String proposerTenantId, String regionId,
                    long employerId, long vacancyId, String actor, AfwijzingsReden reason) implements ReferralEvent {

        @Override
        public String auditAction() {
            return "REFERRAL_REJECTED";
        }

        @Override
        public String auditDetail() {
            return ReferralEvent.super.auditDetail() + "; " + reason;
        }
    }

    /** The proposing consultant withdrew the proposal. */
    record Withdrawn(UUID referralId, UUID profileId, String tenantId, String proposerTenantId, String regionId,
                     long employerId, long vacancyId, String actor) implements ReferralEvent {

        @Override
        public String auditAction() {
            return "REFERRAL_WITHDRAWN";
        }
    }

    /** The referral lapsed by itself. */
    record Lapsed(UUID referralId, UUID profileId, String tenantId, String proposerTenantId, String regionId,
                  long employerId, long vacancyId, String actor, LapseCause cause) implements ReferralEvent {

        @Override
        public String auditAction() {
            return "REFERRAL_LAPSED";
        }

        @Override
        public String auditDetail() {
            return ReferralEvent.super.auditDetail() + "; " + cause;
        }
    }
}
