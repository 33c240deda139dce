package nl.werkbrug.pool;

import static nl.werkbrug.pool.IntroductionState.AANGEVRAAGD;
import static nl.werkbrug.pool.IntroductionState.AFGEWEZEN;
import static nl.werkbrug.pool.IntroductionState.INGETROKKEN;
import static nl.werkbrug.pool.IntroductionState.TERUGGENOMEN;
import static nl.werkbrug.pool.IntroductionState.TOESTEMMING;
import static nl.werkbrug.pool.IntroductionState.VERLOPEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which moves of an introduction request are allowed, every pair checked against a table written by hand. */
class IntroductionStateTests {

    static final Map<IntroductionState, Set<IntroductionState>> ALLOWED = Map.of(
            AANGEVRAAGD, Set.of(TOESTEMMING, AFGEWEZEN, VERLOPEN, INGETROKKEN),
            TOESTEMMING, Set.of(TERUGGENOMEN),
            AFGEWEZEN, Set.of(),
            VERLOPEN, Set.of(),
            INGETROKKEN, Set.of(),
            TERUGGENOMEN, Set.of());

    @Test
    void an_open_request_is_answered_once_and_a_consent_can_only_be_taken_back_everything_else_is_refused() {
        for (IntroductionState from : IntroductionState.values()) {
            for (IntroductionState to : IntroductionState.values()) {
                assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }
}
