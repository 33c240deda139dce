package nl.werkbrug.catalogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The catalogue's fixed vocabularies are enums written as lower-case slugs in YAML, JSON and translation keys
 * ({@code KENNIS_EN_ERVARING_OPDOEN} is {@code kennis-en-ervaring-opdoen}).
 */
final class Vocabulary {

    private Vocabulary() {
    }

    /** The translation-key group of each vocabulary. */
    private static final Map<Class<?>, String> GROUPS = Map.of(AmountKind.class, "amount", Applicant.class, "applicant",
            BenefitType.class, "benefit", ChainStage.class, "chain-stage", EmployerNeed.class, "employer-need",
            FundingLine.class, "funding", Goal.class, "goal", Source.class, "source", TargetGroup.class, "target-group");

    static String labelKey(Term term) {
        return "catalogue." + GROUPS.get(((Enum<?>) term).getDeclaringClass()) + "." + term.slug();
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
