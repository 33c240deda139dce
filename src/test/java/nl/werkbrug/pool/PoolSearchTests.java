package nl.werkbrug.pool;

import static nl.werkbrug.pool.PoolProfiles.ALMELO;
import static nl.werkbrug.pool.PoolProfiles.ENSCHEDE;
import static nl.werkbrug.pool.PoolProfiles.HENGELO;
import static nl.werkbrug.pool.PoolProfiles.at;
import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.werkbrug.candidates.EducationLevel;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.identity.TenantRole;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * The pool search on the real database: relevance worked out by hand, every filter, who sees what within consent,
 * paging and the audit trail with counts only.
 */
@IntegrationTest
class PoolSearchTests {

    @Autowired
    PoolSearch search;
    @Autowired
    ApplicationContext context;

    final PortalUser enschede = consultant("pool.enschede", "enschede");
    final PortalUser hengelo = consultant("pool.hengelo", "hengelo");
    final PortalUser employer = PoolProfiles.employerUser("pool.werkgever", 4711L);

    PoolProfiles profiles() {
        return new PoolProfiles(context);
    }

    LocalDate today() {
        return profiles().today();
    }

    String insert(PoolProfiles.Row row, String marker) {
        return profiles().insert(row, marker);
    }

    static PoolQuery text(String marker) {
        return new PoolQuery(null, OccupationScope.BEROEPSGROEP, List.of(), null, null, null, null, null, null,
                Set.of(), null, null, false, marker);
    }

    @Test
    void hits_are_sorted_by_the_relevance_worked_out_by_hand_with_their_reasons() {
        String marker = PoolProfiles.marker();
        // A: same occupation (40), 2 of 4 skills (30*2/4 = 15), Hengelo 7551 to Enschede 7511 is 8.92 km of 10
        // (PostcodeAreasTests; 20 * (1 - 0.892) = 2.16, rounded 2), completeness 75 (7): 64
        String a = insert(at("hengelo", "7551", HENGELO, List.of("7411"), List.of("lassen", "solderen", "meten"), 75), marker);
        // B: same minor group 741 (25), 1 of 4 skills, case aside (30/4 = 7), in 7511 itself (20), completeness 50 (5): 57
        String b = insert(at("enschede", "7511", ENSCHEDE, List.of("7412"), List.of("Lassen"), 50), marker);
        // C: same major group 7 only (10), 4 of 4 skills (30), in 7511 (20), completeness 100 (10): 70
        String c = insert(at("enschede", "7511", ENSCHEDE, List.of("7126"),
                List.of("lassen", "meten", "tekenen", "plannen"), 100), marker);
        // out: Almelo 7601 is about 20 km away (13.3 km north, 15.2 km west); no centroid; no skill in common; another major group
        insert(at("enschede", "7601", ALMELO, List.of("7411"), List.of("lassen"), 100), marker);
        insert(new PoolProfiles.Row("enschede", "9999", null, null, List.of("7411"), List.of("lassen"), 100), marker);
        insert(at("enschede", "7511", ENSCHEDE, List.of("7411"), List.of("koken"), 100), marker);
        insert(at("enschede", "7511", ENSCHEDE, List.of("5120"), List.of("lassen"), 100), marker);
        PoolQuery query = new PoolQuery("7411", OccupationScope.BEROEPSKLASSE, List.of("lassen", "meten", "tekenen",
                "plannen"), null, null, "7511", 10, null, null, Set.of(), null, null, false, marker);

        PoolResults results = as(enschede, "enschede", () -> search.search(query, 0, 20));

        assertThat(results.total()).isEqualTo(3);
        assertThat(results.hits()).extracting(hit -> hit.profile().pseudonym()).containsExactly(c, a, b);
        assertThat(results.hits()).extracting(PoolHit::score).containsExactly(70, 64, 57);
        PoolHit hitA = results.hits().get(1);
        assertThat(hitA.distanceKm()).isCloseTo(8.92, within(0.02));
        assertThat(hitA.reasons()).containsExactly(PoolHit.Reason.of("pool.reason.same-occupation"),
                PoolHit.Reason.of("pool.reason.within-km", 9), PoolHit.Reason.of("pool.reason.skills", 2, 4),
                PoolHit.Reason.of("pool.reason.text"));
        assertThat(hitA.profile().ownerName()).isEqualTo("Hengelo");
        assertThat(results.hits().get(2).reasons()).first().isEqualTo(PoolHit.Reason.of("pool.reason.same-minor-group"));
    }

    @Test
    void a_search_within_a_distance_ranks_band_by_band_and_a_far_match_of_the_same_occupation_still_finds_its_place() {
        String marker = PoolProfiles.marker();
        // in 7511 itself (20 points): A same occupation (40) and completeness 100 (10): 70; B same minor group (25): 55
        String a = insert(at("enschede", "7511", ENSCHEDE, List.of("9621"), List.of("sorteren"), 100), marker);
        String b = insert(at("enschede", "7511", ENSCHEDE, List.of("9622"), List.of("sorteren"), 100), marker);
        // in Hengelo 7551, 8.92 km of 10 (2 points): C same occupation: 40 + 2 + 10 = 52; D minor group, 30 %: 25 + 2 + 3 = 30
        String c = insert(at("hengelo", "7551", HENGELO, List.of("9621"), List.of("sorteren"), 100), marker);
        String d = insert(at("hengelo", "7551", HENGELO, List.of("9622"), List.of("sorteren"), 30), marker);
        PoolQuery query = new PoolQuery("9621", OccupationScope.BEROEPSGROEP, List.of(), null, null, "7511", 10, null,
                null, Set.of(), null, null, false, marker);

        // two wanted: 7511's band holds 70 and 55; no band beyond can reach 55 (at most its points + 40 + 10)
        PoolResults first = as(enschede, "enschede", () -> search.search(query, 0, 2));
        // three wanted: 7511's band holds two, so the bands are read on until Hengelo's
        PoolResults three = as(enschede, "enschede", () -> search.search(query, 0, 3));
        PoolResults second = as(enschede, "enschede", () -> search.search(query, 2, 2));

        assertThat(first.hits()).extracting(hit -> hit.profile().pseudonym()).containsExactly(a, b);
        assertThat(first.hits()).extracting(PoolHit::score).containsExactly(70, 55);
        assertThat(first.total()).isEqualTo(4);
        assertThat(three.hits()).extracting(hit -> hit.profile().pseudonym()).containsExactly(a, b, c);
        assertThat(second.hits()).extracting(hit -> hit.profile().pseudonym()).containsExactly(c, d);
        assertThat(second.hits()).extracting(PoolHit::score).containsExactly(52, 30);
        assertThat(second.total()).isEqualTo(4);
    }

    @Test
    void each_filter_leaves_out_the_profile_that_misses_it_and_only_the_one_that_meets_all_remains() {
        String marker = PoolProfiles.marker();
        LocalDate day = today().plusDays(14);
        PoolProfiles.Row all = at("enschede", "7511", ENSCHEDE, List.of("4110"), List.of("typen"), 80).hours(24).rung(4)
                .signals(SupportSignal.JOBCOACH, SupportSignal.LOONKOSTENSUBSIDIE).available(day).education("MBO_3")
                .withLicence();
        String match = insert(all, marker);
        insert(all.hours(12), marker);
        insert(all.hours(40), marker);
        insert(all.rung(2), marker);
        insert(all.signals(SupportSignal.JOBCOACH), marker);
        insert(all.available(day.plusDays(1)), marker);
        insert(all.education("MBO_1"), marker);
        insert(new PoolProfiles.Row("enschede", "7511", ENSCHEDE[0], ENSCHEDE[1], List.of("4110"), List.of("typen"), 80,
                24, 4, Set.of(SupportSignal.JOBCOACH, SupportSignal.LOONKOSTENSUBSIDIE), day, "MBO_3", false, true,
                false, null), marker);
        PoolQuery query = new PoolQuery(null, OccupationScope.BEROEP, List.of(), 20, 32, null, null, 3, 5,
                Set.of(SupportSignal.JOBCOACH, SupportSignal.LOONKOSTENSUBSIDIE), day, EducationLevel.MBO_2, true,
                marker);

        PoolResults results = as(enschede, "enschede", () -> search.search(query, 0, 20));

        assertThat(results.hits()).extracting(hit -> hit.profile().pseudonym()).containsExactly(match);
        assertThat(as(enschede, "enschede", () -> search.search(text(marker), 0, 20)).total()).isEqualTo(8);
    }

    @Test
    void a_profile_is_seen_by_each_audience_only_within_consent_and_freshness() {
        String marker = PoolProfiles.marker();
        PoolProfiles.Row row = at("hengelo", "7551", HENGELO, List.of("9112"), List.of("schoonmaken"), 60);
        String ownOnly = insert(row.audiences(false, false, null), marker);
        String consultants = insert(row.audiences(true, false, null), marker);
        String employers = insert(row.audiences(false, true, today()), marker);
        String stale = insert(row.audiences(true, true, today().minusDays(1)), marker);

        assertThat(pseudonyms(hengelo, "hengelo", marker)).containsExactlyInAnyOrder(ownOnly, consultants, employers, stale);
        assertThat(pseudonyms(enschede, "enschede", marker)).containsExactlyInAnyOrder(consultants, stale);
        assertThat(pseudonyms(employer, null, marker)).containsExactly(employers);
        assertThat(as(employer, () -> search.profile(stale))).isEmpty();
        assertThat(as(employer, () -> search.profile(employers))).isPresent();

        profiles().consent("hengelo", employers, false, false);

        assertThat(pseudonyms(employer, null, marker)).isEmpty();
        assertThat(as(employer, () -> search.profile(employers))).isEmpty();
        assertThat(as(enschede, "enschede", () -> search.profile(ownOnly))).isEmpty();
        assertThat(as(enschede, "enschede", () -> search.profile(consultants)))
                .hasValueSatisfying(profile -> assertThat(profile.ownerTenant()).isEqualTo("hengelo"));
    }

    @Test
    void pages_follow_the_order_and_the_total_counts_every_match() {
        String marker = PoolProfiles.marker();
        for (int completeness : List.of(10, 40, 70)) {
            insert(at("enschede", "7511", ENSCHEDE, List.of("5223"), List.of("verkopen"), completeness), marker);
        }

        PoolResults second = as(enschede, "enschede", () -> search.search(text(marker), 2, 2));

        assertThat(second.total()).isEqualTo(3);
        assertThat(second.hits()).extracting(hit -> hit.profile().completeness()).containsExactly(10);
        assertThat(second.offset()).isEqualTo(2);
    }

    @Test
    void searches_and_profile_views_are_audited_with_counts_only_and_views_for_the_owning_municipality() {
        String marker = PoolProfiles.marker();
        String pseudonym = insert(at("hengelo", "7551", HENGELO, List.of("8322"), List.of("rijden"), 60)
                .audiences(true, true, today()), marker);

        as(employer, () -> search.search(text(marker), 0, 20));
        as(employer, () -> search.profile(pseudonym));
        as(enschede, "enschede", () -> search.profile(pseudonym));

        List<String> viewed = profiles().audited("hengelo", """
                select actor || ' ' || coalesce(tenant_id, '-') || ' ' || detail from audit_event
                where action = 'POOL_PROFILE_VIEWED' and subject = ? order by id""", "pool:" + pseudonym);
        List<String> searched = profiles().audited("hengelo", """
                select coalesce(tenant_id, '-') || ' ' || detail from audit_event
                where action = 'POOL_SEARCHED' and actor = 'pool.werkgever' order by id desc limit 1""");
        assertThat(viewed).containsExactly("pool.werkgever hengelo werkgever 4711",
                "pool.enschede hengelo gemeente enschede");
        assertThat(searched).containsExactly("- treffers=1; getoond=1; vanaf=0");
    }

    @Test
    void a_query_with_problems_is_refused_at_its_fields_and_an_unknown_area_is_named() {
        PoolQuery upsideDown = new PoolQuery(null, OccupationScope.BEROEP, List.of(), 32, 20, null, null, 5, 2,
                Set.of(), null, null, false, "");
        PoolQuery unknownArea = new PoolQuery(null, OccupationScope.BEROEP, List.of(), null, null, "1011", 10, null,
                null, Set.of(), null, null, false, "");

        assertThatThrownBy(() -> as(enschede, "enschede", () -> search.search(upsideDown, 0, 20)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        FieldProblem.of("maxHours", "pool.error.hours-range"),
                        FieldProblem.of("maxRung", "pool.error.rung-range")));
        assertThatThrownBy(() -> as(enschede, "enschede", () -> search.search(unknownArea, 0, 20)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        FieldProblem.of("postcodeArea", "pool.error.postcode-unknown")));
    }

    @Test
    void a_user_who_is_neither_a_consultant_nor_an_employer_s_user_cannot_search() {
        PortalUser admin = TestUsers.withTenantRole("pool.beheer", "enschede", TenantRole.TENANT_ADMIN);

        assertThatThrownBy(() -> as(admin, "enschede", () -> search.search(PoolQuery.ALL, 0, 20)))
                .isInstanceOf(AccessDeniedException.class);
    }

    List<String> pseudonyms(PortalUser user, String tenant, String marker) {
        PoolResults results = tenant == null ? as(user, () -> search.search(text(marker), 0, 50))
                : as(user, tenant, () -> search.search(text(marker), 0, 50));
        return results.hits().stream().map(hit -> hit.profile().pseudonym()).toList();
    }
}
