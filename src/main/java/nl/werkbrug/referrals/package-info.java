/**
 * Referrals (voordrachten, issue 9 items 2 and 3): a consultant proposes a pool profile for an employer's vacancy; the
 * owning municipality agrees first when another municipality proposes; the employer opens, invites, hires or rejects
 * from an inbox with a reply-time target; a hire records the placement on the candidate's file as outflow to work.
 * Uses the API of {@code pool}, {@code candidates} and {@code employer}; none of them uses this module. See
 * docs/adr/0017-referrals.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referrals")
@org.jspecify.annotations.NullMarked
package nl.werkbrug.referrals;
