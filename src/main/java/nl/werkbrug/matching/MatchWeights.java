package nl.werkbrug.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import nl.werkbrug.pool.SupportSignal;
import org.springframework.core.io.Resource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The versioned weights of the score, read from a YAML file ({@code matching/weights-v1.yaml}); no weight or fit is a
 * constant in code. The weights must name every criterion and add up to 100.
 */
public record MatchWeights(String version, LocalDate adopted, Map<Criterion, Integer> weights, OccupationFit occupation,
                           DistanceReach distance, AvailabilityGrace availability, SupportSignals support) {

    /** The fit of the closest ISCO-08 group a candidate shares with the vacancy. */
    public record OccupationFit(double unitGroup, double minorGroup, double majorGroup) {
    }

    /** The reach when the candidate states no travel distance. */
    public record DistanceReach(int defaultReachKm) {
    }

    /** Available at most {@code graceDays} after the start gives {@code graceFit}. */
    public record AvailabilityGrace(int graceDays, double graceFit) {
    }

    /** The support signals that count for feasibility. */
    public record SupportSignals(Set<SupportSignal> signals) {

        public SupportSignals {
            signals = Set.copyOf(signals);
        }
    }

    public MatchWeights {
        EnumMap<Criterion, Integer> all = new EnumMap<>(Criterion.class);
        all.putAll(weights);
        if (all.size() != Criterion.values().length) {
            throw new IllegalArgumentException("Weights " + version + " must name every criterion: " + all.keySet());
        }
        int sum = all.values().stream().mapToInt(Integer::intValue).sum();
        if (sum != 100 || all.values().stream().anyMatch(weight -> weight < 0)) {
            throw new IllegalArgumentException("Weights " + version + " must be at least 0 and add up to 100, not " + sum);
        }
        weights = java.util.Collections.unmodifiableMap(all);
    }

    public int of(Criterion criterion) {
        return weights.get(criterion);
    }

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** Reads a weights file; a malformed file stops start-up. */
    public static MatchWeights read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return YAML.readValue(in, MatchWeights.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the matching weights " + file, e);
        }
    }
}
