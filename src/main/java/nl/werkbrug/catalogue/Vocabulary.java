package nl.werkbrug.catalogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The catalogue's fixed vocabularies are enums written as lower-case slugs in YAML, JSON and translation keys
 * ({@code KENNIS_EN_ERVARING_OPDOEN} is {@code kennis-en-ervaring-opdoen}).
 */
final class Vocabulary {

    private Vocabulary() {
    }

    static String slug(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E parse(Class<E> type, String slug) {
        for (E value : type.getEnumConstants()) {
            if (slug(value).equals(slug)) {
                return value;
            }
        }
        throw new IllegalArgumentException("'" + slug + "' is not one of: "
                + Arrays.stream(type.getEnumConstants()).map(Vocabulary::slug).collect(Collectors.joining(", ")));
    }
}
