package nl.werkbrug.shared;

import org.jspecify.annotations.Nullable;

/** The number of one establishment (vestiging) of a company in the Dutch business register: exactly 12 digits. */
public record Vestigingsnummer(String value) {

    public Vestigingsnummer {
        if (!Digits.exactly(value, 12)) {
            throw new IllegalArgumentException("A vestigingsnummer has exactly 12 digits");
        }
    }

    /** Reads what a user typed: spaces and dots between the digits are allowed. */
    public static Vestigingsnummer parse(String typed) {
        return new Vestigingsnummer(Digits.strip(typed));
    }

    /** Whether what a user typed can be read as a vestigingsnummer. */
    public static boolean isValidInput(@Nullable String typed) {
        return typed != null && Digits.exactly(Digits.strip(typed), 12);
    }

    @Override
    public String toString() {
        return value;
    }
}
