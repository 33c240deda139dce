package nl.werkbrug.shared;

import org.jspecify.annotations.Nullable;

/** Helpers for numbers people type with separators. */
final class Digits {

    private Digits() {
    }

    /** Removes spaces, dots and hyphens that people type between digit groups; keeps everything else. */
    static String strip(@Nullable String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s.\\-]", "");
    }

    /** Whether {@code value} is exactly {@code count} ASCII digits. */
    static boolean exactly(@Nullable String value, int count) {
        return value != null && value.length() == count && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
