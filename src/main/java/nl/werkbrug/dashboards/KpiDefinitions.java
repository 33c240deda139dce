package nl.werkbrug.dashboards;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The KPI definitions of {@code dashboards/kpi-definitions.yaml}, checked at start-up: a malformed or incomplete
 * definition, or one the calculator does not compute, stops the portal naming the definition and the field.
 */
@Component
public class KpiDefinitions {

    static final String RESOURCE = "/dashboards/kpi-definitions.yaml";

    private final List<KpiDefinition> definitions;

    KpiDefinitions(Validator validator) {
        this.definitions = read(validator);
    }

    static List<KpiDefinition> read(Validator validator) {
        ObjectMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
        List<KpiDefinition> read;
        try (InputStream in = KpiDefinitions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            read = yaml.readValue(in, new TypeReference<List<KpiDefinition>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
        for (KpiDefinition definition : read) {
            String problems = validator.validate(definition).stream()
                    .map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
                    .sorted().collect(Collectors.joining(", "));
            if (!problems.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ", KPI " + definition.id() + ": " + problems);
            }
            if (!KpiCalculator.COMPUTED.contains(definition.id())) {
                throw new IllegalStateException(RESOURCE + ", KPI " + definition.id() + ": no computation for this id");
            }
        }
        if (read.stream().map(KpiDefinition::id).distinct().count() != read.size()) {
            throw new IllegalStateException(RESOURCE + ": a KPI id occurs twice");
        }
        return List.copyOf(read);
    }

    public List<KpiDefinition> all() {
        return definitions;
    }

    public Optional<KpiDefinition> find(String id) {
        return definitions.stream().filter(definition -> definition.id().equals(id)).findFirst();
    }

    /** The definitions that are also kept per instrument. */
    public List<KpiDefinition> byInstrument() {
        return definitions.stream().filter(KpiDefinition::byInstrument).toList();
    }
}
