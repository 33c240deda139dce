package nl.werkbrug.pool;

import java.util.List;

/**
 * One page of a search: the hits from {@code offset}, and how many profiles match in all; when {@code more}, at
 * least {@code total} match (a search whose order needs no scoring stops counting there).
 */
public record PoolResults(List<PoolHit> hits, int total, int offset, boolean more) {

    public PoolResults {
        hits = List.copyOf(hits);
    }
}
