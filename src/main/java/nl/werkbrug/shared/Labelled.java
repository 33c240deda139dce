package nl.werkbrug.shared;

import java.util.Locale;

/**
 * A value of a vocabulary whose label lives in the nl/en bundles under {@code <labelPrefix>.<name in lower case with
 * dashes>}, e.g. {@code candidates.obstacle.geen-werkervaring}. Implemented by enums, which supply {@link #name()}.
 */
public interface Labelled {

    String name();

    String labelPrefix();

    default String labelKey() {
        return labelPrefix() + "." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
