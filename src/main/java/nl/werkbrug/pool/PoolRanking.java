package nl.werkbrug.pool;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A linear score to rank the pool by in the database, stated by the module that owns it (matching): per criterion a
 * weight and what fits, each part weight × fit rounded to one decimal, the total their sum. Only the best rows leave
 * the database; the owner scores those again with its own code for the reasons.
 *
 * @param occupationFits the fit of the same unit group, minor group and major group
 * @param areaKm         the distance from the vacancy's postcode area to every area the pool knows
 * @param supportSignals the signals that give the support weight
 * @param doelgroepOnly  only profiles with the banenafspraak signal
 */
public record PoolRanking(String iscoCode, int occupationWeight, List<Double> occupationFits, List<String> skills,
                          int skillsWeight, BigDecimal hours, int hoursWeight, Map<String, Double> areaKm,
                          int defaultReachKm, int distanceWeight, LocalDate neededFrom, int graceDays,
                          double graceFit, int availabilityWeight, Set<SupportSignal> supportSignals,
                          int supportWeight, boolean doelgroepOnly) {

    public PoolRanking {
        occupationFits = List.copyOf(occupationFits);
        skills = List.copyOf(skills);
        areaKm = Map.copyOf(areaKm);
        supportSignals = Set.copyOf(supportSignals);
    }

    /** The best profiles by the score, and how many were scored. */
    public record Ranked(List<PoolProfile> best, int scored) {

        public Ranked {
            best = List.copyOf(best);
        }
    }
}
