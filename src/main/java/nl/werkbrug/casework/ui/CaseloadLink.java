package nl.werkbrug.casework.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.router.QueryParameters;
import nl.werkbrug.candidates.CaseloadFilter;
import nl.werkbrug.candidates.DoelgroepFlag;
import nl.werkbrug.candidates.Obstacle;
import nl.werkbrug.candidates.TrajectoryStatus;
import org.jspecify.annotations.Nullable;

/**
 * A caseload filter in the query of the caseload's address, so a reload or a shared link shows the same list:
 * {@code ?weergave=team&trede=3&belemmering=taal}. What cannot be read is left out rather than refused.
 */
final class CaseloadLink {

    private static final String SCOPE = "weergave";
    private static final String TEXT = "zoek";
    private static final String RUNG = "trede";
    private static final String FLAG = "doelgroep";
    private static final String OBSTACLE = "belemmering";
    private static final String TRAJECTORY = "traject";
    private static final String NOT_SEEN = "niet-gezien";
    private static final String CLOSED = "afgesloten";
    private static final String YES = "ja";

    private CaseloadLink() {
    }

    static QueryParameters query(CaseloadFilter filter) {
        Map<String, List<String>> query = new HashMap<>();
        if (filter.scope() == CaseloadFilter.Scope.TEAM) {
            query.put(SCOPE, List.of("team"));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            query.put(TEXT, List.of(filter.text().strip()));
        }
        if (filter.rung() != null) {
            query.put(RUNG, List.of(filter.rung().toString()));
        }
        put(query, FLAG, filter.flag());
        put(query, OBSTACLE, filter.obstacle());
        put(query, TRAJECTORY, filter.trajectory());
        if (filter.notSeen()) {
            query.put(NOT_SEEN, List.of(YES));
        }
        if (filter.withClosed()) {
            query.put(CLOSED, List.of(YES));
        }
        return new QueryParameters(query);
    }

    static CaseloadFilter filter(QueryParameters parameters) {
        Map<String, List<String>> query = parameters.getParameters();
        Function<String, Optional<String>> first = name -> query.getOrDefault(name, List.of()).stream().findFirst();
        return new CaseloadFilter(
                first.apply(SCOPE).filter("team"::equals).isPresent() ? CaseloadFilter.Scope.TEAM : CaseloadFilter.Scope.MINE,
                first.apply(TEXT).filter(text -> !text.isBlank()).orElse(null),
                first.apply(RUNG).filter(rung -> rung.matches("[0-6]")).map(Integer::valueOf).orElse(null),
                value(first.apply(FLAG), DoelgroepFlag.class),
                value(first.apply(OBSTACLE), Obstacle.class),
                first.apply(NOT_SEEN).filter(YES::equals).isPresent(),
                value(first.apply(TRAJECTORY), TrajectoryStatus.class),
                first.apply(CLOSED).filter(YES::equals).isPresent());
    }

    private static void put(Map<String, List<String>> query, String name, @Nullable Enum<?> value) {
        if (value != null) {
            query.put(name, List.of(value.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        }
    }

    private static <E extends Enum<E>> @Nullable E value(Optional<String> text, Class<E> type) {
        String name = text.map(found -> found.toUpperCase(Locale.ROOT).replace('-', '_')).orElse("");
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }
}
