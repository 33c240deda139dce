package nl.werkbrug.referrals;

import java.util.UUID;

/**
 * A subsidy request the employer filed for a placement (issue 9): its reference, instrument and the municipality
 * that decides it.
 *
 * @param referral the referral through which the employee was hired
 */
public record PlacementSubsidy(UUID referral, String reference, String instrumentCode, String municipality) {
}
