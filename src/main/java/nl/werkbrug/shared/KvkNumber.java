package nl.werkbrug.shared;

import org.jspecify.annotations.Nullable;

/**
 * A number in the Dutch business register (KvK-nummer): exactly 8 digits. It has no documented check digit, so only
 * the format is checked; a takeover or a change of legal form gives a company a new number.
 */
public record KvkNumber(String value) {

    private static final int DIGITS = 8;

    public KvkNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("A KvK number has exactly 8 digits");
        }
    }

    /** Reads what a user typed: spaces and dots between the digits are allowed. */
    public static KvkNumber parse(String typed) {
        return new KvkNumber(Digits.strip(typed));
    }

    public static boolean isValid(@Nullable String value) {
        return Digits.exactly(value, DIGITS);
    }

    /** Whether what a user typed can be read as a KvK number. */
    public static boolean isValidInput(@Nullable String typed) {
        return typed != null && isValid(Digits.strip(typed));
    }

    @Override
    public String toString() {
        return value;
    }
}
