package nl.werkbrug.pool.internal;

import java.util.ArrayList;
import java.util.List;

import nl.werkbrug.pool.PoolHit.Reason;
import nl.werkbrug.pool.PoolQuery;
import org.jspecify.annotations.Nullable;

/**
 * The relevance of a pool profile to a search, a small sum of whole points (computed in the database, so that paging
 * and sorting happen there; this class writes that SQL and the reasons shown with a hit):
 * <ul>
 * <li>occupation, when asked: the same occupation (ISCO unit group) {@value #SAME_OCCUPATION}, the same minor group
 * {@value #SAME_MINOR_GROUP}, the same major group {@value #SAME_MAJOR_GROUP};</li>
 * <li>skills, when asked: {@value #ALL_SKILLS} × matched ÷ asked, rounded down (3 of 4: 22);</li>
 * <li>distance, when asked: {@value #NEAREST} × (1 − distance ÷ the asked maximum), rounded (2 km of 10: 16);</li>
 * <li>always: the profile's completeness ÷ 10, rounded down (0 to 10), so better filled profiles come first among
 * equals.</li>
 * </ul>
 * Ties go to the most recently confirmed profile, then by pseudonym (a stable order for paging).
 */
final class Relevance {

    static final int SAME_OCCUPATION = 40;
    static final int SAME_MINOR_GROUP = 25;
    static final int SAME_MAJOR_GROUP = 10;
    static final int ALL_SKILLS = 30;
    static final int NEAREST = 20;

    private Relevance() {
    }

    /**
     * The score over the columns {@code occupation} (3 same occupation, 2 minor group, 1 major group, 0 none),
     * {@code skills_matched} and {@code distance_points} ({@link #distancePoints}), with the parameter
     * {@code :skillCount}.
     *
     * @param completenessTenth the SQL of the profile's completeness ÷ 10, rounded down
     */
    static String sql(PoolQuery query, String completenessTenth) {
        String occupation = "case occupation when 3 then %d when 2 then %d when 1 then %d else 0 end"
                .formatted(SAME_OCCUPATION, SAME_MINOR_GROUP, SAME_MAJOR_GROUP);
        String skills = query.skills().isEmpty() ? "0" : "(%d * skills_matched) / :skillCount".formatted(ALL_SKILLS);
        String distance = query.distance() ? "distance_points" : "0";
        return occupation + " + " + skills + " + " + distance + " + " + completenessTenth;
    }

    /** The most a match can score without its distance points: the best occupation and skills asked, completeness 10. */
    static int maxWithoutDistance(PoolQuery query) {
        return (query.iscoCode() == null ? 0 : SAME_OCCUPATION) + (query.skills().isEmpty() ? 0 : ALL_SKILLS) + 10;
    }

    /** The distance points of a profile {@code km} away when the search asks at most {@code withinKm}. */
    static int distancePoints(double km, double withinKm) {
        return (int) Math.round(NEAREST * (1 - km / withinKm));
    }

    /** {@link #distancePoints} in SQL, for a distance computed per row, with the parameter {@code :withinKm}. */
    static String distancePointsSql(String km) {
        return "round(%d * (1 - (%s) / :withinKm))::int".formatted(NEAREST, km);
    }

    /** Why a profile matched, strongest first. */
    static List<Reason> reasons(PoolQuery query, int occupation, int skillsMatched, @Nullable Double distanceKm) {
        List<Reason> reasons = new ArrayList<>();
        switch (occupation) {
            case 3 -> reasons.add(Reason.of("pool.reason.same-occupation"));
            case 2 -> reasons.add(Reason.of("pool.reason.same-minor-group"));
            case 1 -> reasons.add(Reason.of("pool.reason.same-major-group"));
            default -> {
                // no occupation asked
            }
        }
        if (distanceKm != null) {
            reasons.add(Reason.of("pool.reason.within-km", (int) Math.ceil(distanceKm)));
        }
        if (!query.skills().isEmpty()) {
            reasons.add(Reason.of("pool.reason.skills", skillsMatched, query.skills().size()));
        }
        if (!query.signals().isEmpty()) {
            reasons.add(Reason.of("pool.reason.signals"));
        }
        if (!query.text().isEmpty()) {
            reasons.add(Reason.of("pool.reason.text"));
        }
        return reasons;
    }
}
