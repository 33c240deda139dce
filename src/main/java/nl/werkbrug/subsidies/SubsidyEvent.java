package nl.werkbrug.subsidies;

import nl.werkbrug.shared.AuditedEvent;
import nl.werkbrug.shared.TenantEvent;

/**
 * Something that happened to a subsidy request, published when the request is saved and delivered to listeners
 * after the commit. Carries ids, codes, the deciding municipality, the region and the acting user name; never the
 * employee's name, BSN or an e-mail address.
 */
public sealed interface SubsidyEvent extends TenantEvent, AuditedEvent
        permits SubsidyRequestSubmitted, SubsidyHandlingStarted, InformationRequested, InformationAnswered,
        MaatwerkProposed, MaatwerkApproved, SubsidyRequestDecided, SubsidyRequestWithdrawn {

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
}
