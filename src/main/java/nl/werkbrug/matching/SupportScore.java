package nl.werkbrug.matching;

import java.util.Set;

import nl.werkbrug.pool.SupportSignal;

/**
 * Support: help that makes the hire feasible for the employer (the weights' signals, e.g. loonkostensubsidie
 * possible) gives the whole weight; without it, nothing. Banenafspraak is never counted here: it admits a candidate
 * to a banenafspraak vacancy and adds no points.
 */
final class SupportScore {

    private SupportScore() {
    }

    static Part score(Set<SupportSignal> candidateSignals, MatchWeights weights) {
        int weight = weights.of(Criterion.SUPPORT);
        java.util.List<SupportSignal> held = candidateSignals.stream().filter(weights.support().signals()::contains)
                .filter(signal -> signal != SupportSignal.BANENAFSPRAAK).sorted().toList();
        return held.isEmpty() ? Part.of(Criterion.SUPPORT, weight, 0, "matching.reason.no-support")
                : Part.of(Criterion.SUPPORT, weight, 1, "matching.reason.support", held);
    }
}
