package nl.werkbrug.referrals;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import nl.werkbrug.referrals.internal.PlacementSubsidies;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subsidy requests filed for placements (issue 9 item 3), for the parties of the referral: the owning and the
 * proposing municipality's consultants and the employer's users (row-level security decides which links they see).
 */
@Service
@PreAuthorize("@tenantAccess.has('CONSULTANT') or hasRole('EMPLOYER')")
public class PlacementSubsidyRequests {

    private final PlacementSubsidies links;

    PlacementSubsidyRequests(PlacementSubsidies links) {
        this.links = links;
    }

    /** The requests filed for these placements (referral ids) that the caller may see, oldest link first. */
    @Transactional(readOnly = true)
    public List<PlacementSubsidy> of(Collection<UUID> placements) {
        return links.of(placements);
    }
}
