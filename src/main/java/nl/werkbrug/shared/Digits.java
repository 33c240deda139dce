package nl.werkbrug.shared;

/** Helpers for numbers people type with separators. */
final class Digits {

    private Digits() {
    }

    /** Removes spaces, dots and hyphens that people type between digit groups; keeps everything else. */
    static String strip(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s.\\-]", "");
    }
}
