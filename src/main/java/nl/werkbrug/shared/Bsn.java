package nl.werkbrug.shared;

import java.util.regex.Pattern;

/**
 * A citizen service number (burgerservicenummer): 9 digits that pass the 11-proef, i.e.
 * {@code 9·d1 + 8·d2 + ... + 2·d8 − 1·d9} is a multiple of 11. All zeros passes the sum but is not a number anyone
 * has, so it is refused. {@link #toString()} masks the number, so it never ends up whole in a log by accident.
 */
public record Bsn(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{9}");

    public Bsn {
        if (!isValid(value)) {
            throw new IllegalArgumentException("A BSN has 9 digits and passes the 11-proef");
        }
    }

    /** Reads what a user typed: spaces and dots between the digits are allowed. */
    public static Bsn parse(String typed) {
        return new Bsn(Digits.strip(typed));
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches() && !value.equals("000000000")
                && elfproefSum(value) % 11 == 0;
    }

    /** Whether what a user typed can be read as a BSN. */
    public static boolean isValidInput(String typed) {
        return typed != null && isValid(Digits.strip(typed));
    }

    /** The weighted sum of the 11-proef: weights 9 down to 2 for the first eight digits, −1 for the last. */
    static int elfproefSum(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nineDigits.charAt(i) - '0');
        }
        return sum - (nineDigits.charAt(8) - '0');
    }

    /** The number with only its last three digits visible, e.g. {@code ******782}. */
    public String masked() {
        return "******" + value.substring(6);
    }

    @Override
    public String toString() {
        return masked();
    }
}
