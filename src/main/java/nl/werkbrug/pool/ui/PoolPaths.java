package nl.werkbrug.pool.ui;

import java.util.UUID;

/** Where the pool's screens live for one audience: under a municipality, or in the employer's area. */
record PoolPaths(String base) {

    static final PoolPaths EMPLOYER = new PoolPaths("werkgever/pool");

    static PoolPaths consultant(String tenant) {
        return new PoolPaths("gemeente/" + tenant + "/pool");
    }

    String search() {
        return base;
    }

    String search(UUID savedSearch) {
        return base + "?bewaard=" + savedSearch;
    }

    String profile(String pseudonym) {
        return base + "/profiel/" + pseudonym;
    }

    String saved() {
        return base + "/bewaard";
    }
}
