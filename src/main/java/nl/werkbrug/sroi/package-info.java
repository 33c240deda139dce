/**
 * Social return (SROI, issue 10): the building-block model of the region as versioned data ({@code tenants/<region>/sroi/}),
 * the pure value computation ({@link nl.werkbrug.sroi.SroiCalculator}), contracts registered by the contracting
 * municipality's SROI officer, the contractor's plan from the model's blocks, realisations with the target-group
 * attestation of the municipality of residence, acceptance and the interim report (PDF). Uses the API of
 * {@code employer} (the contractor, its vacancies), {@code pool} (a placed candidate, by pseudonym) and {@code referrals}
 * (a hire on an SROI vacancy becomes a proposed realisation); {@code dashboards} uses its events.
 * See docs/adr/0019-sroi.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sroi")
@org.jspecify.annotations.NullMarked
package nl.werkbrug.sroi;
