package nl.werkbrug.catalogue;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One instrument in every municipality of the region, side by side.
 *
 * @param columns     one per municipality, ordered by name; {@code instrument} is empty where it is not offered
 * @param differences the aspects in which the municipalities differ
 */
public record InstrumentComparison(String code, String name, List<Column> columns, Set<ComparedAspect> differences) {

    public InstrumentComparison {
        columns = List.copyOf(columns);
        differences = Set.copyOf(differences);
    }

    public record Column(String municipality, String municipalityName, @Nullable PublishedInstrument instrument) {
    }

    public boolean differs(ComparedAspect aspect) {
        return differences.contains(aspect);
    }
}
