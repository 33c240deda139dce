package nl.werkbrug.shared;

import java.util.regex.Pattern;

/** The number of one establishment (vestiging) of a company in the Dutch business register: exactly 12 digits. */
public record Vestigingsnummer(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{12}");

    public Vestigingsnummer {
        if (!isValid(value)) {
            throw new IllegalArgumentException("A vestigingsnummer has exactly 12 digits");
        }
    }

    /** Reads what a user typed: spaces and dots between the digits are allowed. */
    public static Vestigingsnummer parse(String typed) {
        return new Vestigingsnummer(Digits.strip(typed));
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    /** Whether what a user typed can be read as a vestigingsnummer. */
    public static boolean isValidInput(String typed) {
        return typed != null && isValid(Digits.strip(typed));
    }

    @Override
    public String toString() {
        return value;
    }
}
