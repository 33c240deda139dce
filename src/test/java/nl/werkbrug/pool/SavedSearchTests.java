package nl.werkbrug.pool;

import static nl.werkbrug.pool.PoolProfiles.HENGELO;
import static nl.werkbrug.pool.PoolProfiles.at;
import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Saved searches on the real database: the new-match notice, consent checked at every run, and whose they are. */
@IntegrationTest
class SavedSearchTests {

    @Autowired
    SavedSearches saved;
    @Autowired
    ApplicationContext context;

    final PortalUser enschede = consultant("saved.enschede", "enschede");
    final PortalUser colleague = consultant("saved.collega", "enschede");
    final PortalUser employer = PoolProfiles.employerUser("saved.werkgever", 4712L);

    PoolProfiles profiles() {
        return new PoolProfiles(context);
    }

    String insert(String marker) {
        return profiles().insert(at("hengelo", "7551", HENGELO, List.of("9112"), List.of("schoonmaken"), 50)
                .audiences(true, true, profiles().today().plusDays(7)), marker);
    }

    @Test
    void a_saved_search_counts_the_profiles_visible_since_its_last_run_and_a_run_marks_them_seen() {
        String marker = PoolProfiles.marker();
        insert(marker);
        SavedSearch search = as(enschede, "enschede", () -> saved.save(new SavedSearchName("Schoonmaak"),
                PoolSearchTests.text(marker)));
        profiles().clock().advance(Duration.ofMinutes(10));
        String fresh = insert(marker);
        profiles().clock().advance(Duration.ofMinutes(1));

        assertThat(search.newMatches()).isZero();
        assertThat(as(enschede, "enschede", () -> saved.find(search.id())).orElseThrow().newMatches()).isEqualTo(1);
        PoolResults run = as(enschede, "enschede", () -> saved.run(search.id(), 0, 20));
        assertThat(run.total()).isEqualTo(2);
        assertThat(run.hits()).extracting(hit -> hit.profile().pseudonym()).contains(fresh);
        assertThat(as(enschede, "enschede", () -> saved.find(search.id())).orElseThrow().newMatches()).isZero();
    }

    @Test
    void a_withdrawn_consent_takes_effect_at_the_next_run_of_a_saved_search() {
        String marker = PoolProfiles.marker();
        String pseudonym = insert(marker);
        SavedSearch search = as(employer, () -> saved.save(new SavedSearchName("Schoonmakers"),
                PoolSearchTests.text(marker)));
        assertThat(as(employer, () -> saved.run(search.id(), 0, 20)).total()).isEqualTo(1);

        profiles().consent("hengelo", pseudonym, true, false);

        assertThat(as(employer, () -> saved.run(search.id(), 0, 20)).total()).isZero();
        assertThat(as(enschede, "enschede", () -> saved.save(new SavedSearchName("Zelfde"),
                PoolSearchTests.text(marker))).query().text()).isEqualTo(marker);
    }

    @Test
    void saved_searches_are_their_user_s_own() {
        String marker = PoolProfiles.marker();
        SavedSearch mine = as(enschede, "enschede", () -> saved.save(new SavedSearchName("Van mij " + marker),
                PoolSearchTests.text(marker)));

        assertThat(as(enschede, "enschede", () -> saved.mine())).extracting(SavedSearch::id).contains(mine.id());
        assertThat(as(colleague, "enschede", () -> saved.mine())).extracting(SavedSearch::id).doesNotContain(mine.id());
        assertThat(as(employer, () -> saved.mine())).extracting(SavedSearch::id).doesNotContain(mine.id());
        assertThat(as(colleague, "enschede", () -> saved.find(mine.id()))).isEmpty();
    }

    @Test
    void a_search_without_a_name_or_with_problems_is_not_saved() {
        PoolQuery noArea = new PoolQuery(null, OccupationScope.BEROEP, List.of(), null, null, null, 10, null, null,
                java.util.Set.of(), null, null, false, "");

        assertThatThrownBy(() -> as(enschede, "enschede", () -> saved.save(new SavedSearchName(" "), noArea)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        FieldProblem.of("name", "pool.error.saved-name"),
                        FieldProblem.of("postcodeArea", "pool.error.distance-needs-area")));
    }
}
