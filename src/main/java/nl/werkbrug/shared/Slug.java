package nl.werkbrug.shared;

import java.util.regex.Pattern;

/**
 * Identifiers of regions and tenants are lower-case slugs ("enschede", "twente"): readable in URLs, YAML and SQL.
 */
public final class Slug {

    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private Slug() {
    }

    public static boolean isValid(String value) {
        return value != null && SLUG.matcher(value).matches();
    }

    public static String require(String value, String what) {
        if (!isValid(value)) {
            throw new IllegalArgumentException(what + " must be a slug of 2-40 lower-case letters, digits or '-': " + value);
        }
        return value;
    }
}
