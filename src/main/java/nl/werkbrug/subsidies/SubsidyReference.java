package nl.werkbrug.subsidies;

import java.util.regex.Pattern;

/**
 * The reference of a submitted subsidy request, the same in the employer's screens, the municipality's queue, every
 * mail and the decision letter: the deciding municipality's CBS code, the year of submission and a number counted per
 * municipality and year, six digits ({@code GM0164-2026-000123}).
 */
public record SubsidyReference(String value) {

    private static final Pattern FORMAT = Pattern.compile("GM[0-9]{4}-[0-9]{4}-[0-9]{6}");

    public SubsidyReference {
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a subsidy reference: " + value);
        }
    }

    /** The {@code number}th request of the municipality with CBS code {@code cbsCode} in {@code year}. */
    public static SubsidyReference of(String cbsCode, int year, int number) {
        if (number < 1 || number > 999_999) {
            throw new IllegalArgumentException("Reference number out of range: " + number);
        }
        return new SubsidyReference(String.format(java.util.Locale.ROOT, "%s-%04d-%06d",
                cbsCode.toUpperCase(java.util.Locale.ROOT), year, number));
    }

    @Override
    public String toString() {
        return value;
    }
}
