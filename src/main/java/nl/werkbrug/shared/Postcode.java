package nl.werkbrug.shared;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dutch postcode: four digits (not starting with 0), a space and two capital letters, e.g. {@code 7511 JA}.
 * The letter pairs SA, SD and SS are never issued.
 */
public record Postcode(String value) {

    private static final Pattern CANONICAL = Pattern.compile("[1-9][0-9]{3} [A-Z]{2}");
    private static final Pattern TYPED = Pattern.compile("\\s*([1-9][0-9]{3})\\s*([A-Za-z]{2})\\s*");

    public Postcode {
        if (value == null || !CANONICAL.matcher(value).matches() || isNeverIssued(value.substring(5))) {
            throw new IllegalArgumentException("A Dutch postcode looks like 1234 AB");
        }
    }

    /** Reads what a user typed: {@code 7511ja}, {@code 7511 JA} and {@code  7511  ja } all give {@code 7511 JA}. */
    public static Postcode parse(String typed) {
        Matcher matcher = typed == null ? null : TYPED.matcher(typed);
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("A Dutch postcode looks like 1234 AB");
        }
        return new Postcode(matcher.group(1) + " " + matcher.group(2).toUpperCase(Locale.ROOT));
    }

    public static boolean isValidInput(String typed) {
        try {
            parse(typed);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isNeverIssued(String letters) {
        return letters.equals("SA") || letters.equals("SD") || letters.equals("SS");
    }

    @Override
    public String toString() {
        return value;
    }
}
