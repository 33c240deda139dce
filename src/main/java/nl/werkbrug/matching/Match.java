package nl.werkbrug.matching;

import java.math.BigDecimal;
import java.util.List;

/**
 * The score of one candidate for one vacancy: the sum of its parts' points, each part with its weight and reason,
 * and the vacancy's skills the candidate has and lacks.
 *
 * @param key the stable tie-breaker of what is ranked (pseudonym or vacancy)
 */
public record Match(String key, BigDecimal total, List<Part> parts, List<String> matchingSkills,
                    List<String> missingSkills) {

    public Match {
        parts = List.copyOf(parts);
        matchingSkills = List.copyOf(matchingSkills);
        missingSkills = List.copyOf(missingSkills);
    }

    /** The part of one criterion. */
    public Part part(Criterion criterion) {
        return parts.stream().filter(part -> part.criterion() == criterion).findFirst().orElseThrow();
    }
}
