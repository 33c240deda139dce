package nl.werkbrug.employer.subsidies;

import org.jspecify.annotations.Nullable;

/**
 * The burgerservicenummer check (11-proef): nine digits d1..d9 with 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11
 * and not all zero. Kept package-private here until the shared BSN value object arrives.
 */
final class Bsn {

    private Bsn() {
    }

    static boolean isValid(@Nullable String value) {
        if (value == null || !value.matches("[0-9]{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (value.charAt(i) - '0');
        }
        sum -= value.charAt(8) - '0';
        return sum % 11 == 0 && !value.equals("000000000");
    }

    /** Only the last four digits, for anyone outside the deciding municipality. */
    static String masked(@Nullable String value) {
        return value == null || value.length() < 4 ? "" : "*****" + value.substring(value.length() - 4);
    }
}
