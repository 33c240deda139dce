package nl.werkbrug.pool;

import java.util.Optional;
import java.util.UUID;

import nl.werkbrug.candidates.CandidateFiles;
import nl.werkbrug.candidates.PoolContact;
import nl.werkbrug.candidates.PoolSources;
import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.pool.internal.IntroductionStore;
import nl.werkbrug.pool.internal.OwnerContext;
import nl.werkbrug.pool.internal.ProfileStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the referral workflow (issue 9) needs of the pool: whether a consultant may propose a profile and the file
 * behind it, and the candidate's contact details for an employer who invited the candidate. The referrals module
 * decides beforehand that the caller may have them; every showing of contact details is audited for the owner.
 */
@Service
public class PoolReferrals {

    private final IntroductionStore introductions;
    private final ProfileStore profiles;
    private final OwnerContext owner;
    private final PoolSources sources;
    private final AuditLog audit;

    PoolReferrals(IntroductionStore introductions, ProfileStore profiles, OwnerContext owner, PoolSources sources,
                  AuditLog audit) {
        this.introductions = introductions;
        this.profiles = profiles;
        this.owner = owner;
        this.sources = sources;
        this.audit = audit;
    }

    /** The profile if the consultant may see it now (the pool's own rule), with its file and employer consent. */
    @PreAuthorize("@tenantAccess.has('CONSULTANT')")
    @Transactional(readOnly = true)
    public Optional<ReferableProfile> referable(UUID profileId) {
        return introductions.visibleProfile(profileId).flatMap(visible -> owner.call(visible.ownerTenant(), () ->
                profiles.owned(profileId).flatMap(owned -> profiles.fileOf(profileId).map(fileId ->
                        new ReferableProfile(profileId, owned.pseudonym(), visible.ownerTenant(), fileId,
                                owned.employers())))));
    }

    /**
     * The candidate's name, phone and e-mail, read in the owning municipality and audited there as shown to
     * {@code shownTo} for {@code purpose}. Before a hire ({@code hired} false) only while the candidate still lets
     * employers see the profile, so a withdrawal counts from the next showing, as for an introduction. Empty
     * otherwise, or when the file is gone.
     */
    @PreAuthorize("hasRole('EMPLOYER') or @tenantAccess.has('CONSULTANT')")
    public Optional<PoolContact> contact(String ownerTenant, UUID profileId, long fileId, boolean hired, String shownTo,
                                         String purpose) {
        Optional<PoolContact> contact = owner.call(ownerTenant, () -> hired
                || profiles.owned(profileId).map(ProfileStore.OwnedProfile::employers).orElse(false)
                ? sources.contact(fileId) : Optional.<PoolContact>empty());
        contact.ifPresent(shown -> audit.record(AuditAction.POOL_IDENTITY_REVEALED, ownerTenant,
                CandidateFiles.subject(fileId), "name, phone and e-mail shown to " + shownTo + " (" + purpose + ")"));
        return contact;
    }
}
