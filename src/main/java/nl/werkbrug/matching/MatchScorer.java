package nl.werkbrug.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.werkbrug.pool.SupportSignal;
import org.jspecify.annotations.Nullable;

/**
 * The score of a candidate for a vacancy: the weighted sum of every criterion's part, from the facts alone (no
 * clock, no database), so the same facts always give the same score. Ranking orders by total, highest first, and
 * breaks ties by the stable key, so the same facts always give the same order.
 */
public final class MatchScorer {

    /** Highest total first; equal totals by key (pseudonym or vacancy), so the order never depends on chance. */
    public static final Comparator<Match> RANKING = Comparator.comparing(Match::total).reversed()
            .thenComparing(Match::key);

    private final MatchWeights weights;

    public MatchScorer(MatchWeights weights) {
        this.weights = weights;
    }

    public MatchWeights weights() {
        return weights;
    }

    /**
     * Whether the candidate may be offered the vacancy at all: a banenafspraak vacancy only to candidates with the
     * doelgroepregister signal (Wet banenafspraak); every other vacancy to everyone.
     */
    public static boolean admits(VacancyFacts vacancy, CandidateFacts candidate) {
        return !vacancy.banenafspraak() || candidate.signals().contains(SupportSignal.BANENAFSPRAAK);
    }

    /**
     * @param distanceKm the distance between the centres of the two postcode areas, when both are known
     */
    public Match score(VacancyFacts vacancy, CandidateFacts candidate, @Nullable Double distanceKm, String key) {
        SkillsScore.Result skills = SkillsScore.score(vacancy.skills(), candidate.skills(), weights);
        List<Part> parts = new ArrayList<>();
        parts.add(OccupationScore.score(vacancy.iscoCode(), candidate.iscoCodes(), weights));
        parts.add(skills.part());
        parts.add(HoursScore.score(vacancy.hoursPerWeek(), candidate.hoursPerWeek(), weights));
        parts.add(DistanceScore.score(distanceKm, candidate.travelKm(), weights));
        parts.add(AvailabilityScore.score(vacancy.neededFrom(), candidate.availableFrom(), weights));
        parts.add(EducationScore.score(vacancy.minEducation(), candidate.education(), weights));
        parts.add(DrivingLicenceScore.score(vacancy.drivingLicenceRequired(), candidate.drivingLicence(), weights));
        parts.add(SupportScore.score(candidate.signals(), weights));
        BigDecimal total = parts.stream().map(Part::points).reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add);
        return new Match(key, total, parts, skills.matching(), skills.missing());
    }

    /** The first {@code limit} matches in ranking order. */
    public static List<Match> top(List<Match> matches, int limit) {
        return matches.stream().sorted(RANKING).limit(limit).toList();
    }

    /** The skills a vacancy's free text lists (comma, semicolon, slash or new line between them). */
    public static List<String> skillsListed(String text) {
        return SkillsScore.listed(text);
    }
}
