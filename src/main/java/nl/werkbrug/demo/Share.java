package nl.werkbrug.demo;

import java.util.List;
import java.util.Random;

/** A value and the percentage of a population that has it. */
record Share<T>(T value, double percent) {

    /** Draws a value with the shares as weights (they need not add up to 100). */
    static <T> T draw(Random random, List<Share<T>> shares) {
        double total = shares.stream().mapToDouble(Share::percent).sum();
        double point = random.nextDouble() * total;
        for (Share<T> share : shares) {
            point -= share.percent();
            if (point < 0) {
                return share.value();
            }
        }
        return shares.getLast().value();
    }

    static boolean chance(Random random, double percent) {
        return random.nextDouble() * 100 < percent;
    }
}
