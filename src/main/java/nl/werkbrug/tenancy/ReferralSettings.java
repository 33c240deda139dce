package nl.werkbrug.tenancy;

import org.jspecify.annotations.Nullable;

/**
 * A municipality's settings for the referrals its consultants make, from the {@code referrals} block of its tenant
 * file.
 *
 * @param employerReplyWorkingDays the working days an employer has to open and answer a proposal before the portal
 *                                 reminds them; a setting, not a norm (no source gives a figure). Empty: the portal's
 *                                 default of {@value #DEFAULT_REPLY_WORKING_DAYS}
 */
public record ReferralSettings(@Nullable Integer employerReplyWorkingDays) {

    public static final int DEFAULT_REPLY_WORKING_DAYS = 10;

    public static final ReferralSettings NONE = new ReferralSettings(null);

    /** The reply-time target in working days, the municipality's or else the default. */
    public int replyWorkingDays() {
        return employerReplyWorkingDays == null ? DEFAULT_REPLY_WORKING_DAYS : employerReplyWorkingDays;
    }
}
