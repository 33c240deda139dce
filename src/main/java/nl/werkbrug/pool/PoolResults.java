package nl.werkbrug.pool;

import java.util.List;

/** One page of a search: the hits from {@code offset}, and how many profiles match in all. */
public record PoolResults(List<PoolHit> hits, int total, int offset) {

    public PoolResults {
        hits = List.copyOf(hits);
    }
}
