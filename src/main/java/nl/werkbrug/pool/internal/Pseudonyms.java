package nl.werkbrug.pool.internal;

import java.security.SecureRandom;

/**
 * Pseudonyms of pool profiles: ten random characters of Crockford's base-32 alphabet (no I, L, O or U, so they read
 * aloud and type back without confusion), e.g. {@code P-7KQ2M-X9D4R}. 50 random bits: not derivable from the BSN or
 * the file id, and with a million profiles the chance that two draws collide is below 1 in 2,000 (the unique key
 * catches it and the pool draws again).
 */
final class Pseudonyms {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Pseudonyms() {
    }

    static String next() {
        StringBuilder pseudonym = new StringBuilder("P-");
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                pseudonym.append('-');
            }
            pseudonym.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return pseudonym.toString();
    }

    static boolean isPseudonym(String text) {
        return text.matches("P-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
    }
}
