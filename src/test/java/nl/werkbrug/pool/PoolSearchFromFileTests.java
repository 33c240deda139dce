package nl.werkbrug.pool;

import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.werkbrug.candidates.CandidateFileDetail;
import nl.werkbrug.candidates.CandidateFiles;
import nl.werkbrug.candidates.CandidateFixtures;
import nl.werkbrug.candidates.CandidateProfile;
import nl.werkbrug.candidates.EducationLevel;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole path: a Hengelo consultant fills a file's profile and records consent for the region's consultants; the
 * projected profile is found by Enschede's consultant with its pseudonymous facts, by occupation and distance.
 */
@IntegrationTest
class PoolSearchFromFileTests {

    @Autowired
    CandidateFiles files;
    @Autowired
    PoolConsents consents;
    @Autowired
    PoolSearch search;

    final PortalUser hengelo = consultant("bestand.hengelo", "hengelo");
    final PortalUser enschede = consultant("bestand.enschede", "enschede");

    @Test
    void a_file_with_consent_in_hengelo_is_found_in_enschede_by_occupation_and_distance_without_its_identity() {
        String marker = PoolProfiles.marker();
        // the fixture's candidate: born 17 May 1990, living at 7551 AB Hengelo
        CandidateFileDetail file = as(hengelo, "hengelo", () -> files.open(null,
                CandidateFixtures.identity("Pieter", "Poolman")));
        as(hengelo, "hengelo", () -> files.editProfile(file.id(), new CandidateProfile(List.of("7212"),
                List.of("lassen", marker), EducationLevel.MBO_2, List.of(), true, 32, null, 20, "", "")));
        PoolMembership membership = as(hengelo, "hengelo", () -> consents.give(file.id(),
                new ConsentEntry(Audience.REGION_CONSULTANTS, "bemiddeling naar werk in de regio", ConsentBasis.SCHRIFTELIJK)));
        PoolQuery query = new PoolQuery("7212", OccupationScope.BEROEP, List.of(), null, null, "7511", 10, null, null,
                java.util.Set.of(), null, null, false, marker);

        PoolResults results = as(enschede, "enschede", () -> search.search(query, 0, 20));

        assertThat(results.hits()).singleElement().satisfies(hit -> {
            PoolProfile profile = hit.profile();
            assertThat(profile.pseudonym()).isEqualTo(membership.pseudonym());
            // 36 years old on 1 December 2026: the band of 35 to 49
            assertThat(profile.ageBand()).isEqualTo(AgeBand.FROM_35_TO_49);
            assertThat(profile.postcodeArea()).isEqualTo("7551");
            assertThat(profile.occupations()).containsExactly("Lasser");
            assertThat(profile.ownerName()).isEqualTo("Hengelo");
            // 7551 Hengelo to 7511 Enschede: 8.92 km, worked out in PostcodeAreasTests
            assertThat(hit.distanceKm()).isBetween(8.9, 8.95);
            assertThat(profile.toString()).doesNotContain("Poolman", "Pieter", "7551 AB", "Marktstraat");
        });
    }
}
