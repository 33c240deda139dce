package nl.werkbrug.pool;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A profile found by a search, with its relevance score and why it matched.
 *
 * @param profile    what a hit shows of the profile: pseudonym, municipality, age band, postcode area, rung,
 *                   occupations, hours, support signals, completeness and last confirmation; its other facts
 *                   (skills, education, languages, availability, travel distance, licence) are empty here and read
 *                   when the profile is opened ({@code PoolSearch.profile})
 * @param distanceKm the distance from the asked postcode area's centroid, when a distance was asked
 * @param score      the relevance (see {@code Relevance}): higher first
 * @param reasons    why it matched, best first, each a message key with its arguments
 */
public record PoolHit(PoolProfile profile, @Nullable Double distanceKm, int score, List<Reason> reasons) {

    public PoolHit {
        reasons = List.copyOf(reasons);
    }

    /** One reason a profile matched, e.g. {@code pool.reason.skills} with 3 and 4: "3 van 4 vaardigheden". */
    public record Reason(String messageKey, List<Object> args) {

        public Reason {
            args = List.copyOf(args);
        }

        public static Reason of(String messageKey, Object... args) {
            return new Reason(messageKey, List.of(args));
        }
    }
}
