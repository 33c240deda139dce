package nl.werkbrug.dashboards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.Validator;
import nl.werkbrug.dashboards.HistoricalFigures.Citation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and checks the sources' historical figures, {@code <region>/historie/<municipality>.yaml}. A file with an
 * unknown field, a missing or unknown source, a KPI that does not exist, a period that cannot be read or a
 * reference to a series it does not hold stops the start, naming the file and what is wrong.
 */
final class HistoryFiles {

    static final String FOLDER = "historie";

    private final Validator validator;
    private final Predicate<String> knownSource;
    private final Set<String> kpis;
    private final Set<String> municipalities;

    /**
     * @param knownSource    whether a key is in the region's {@code bronnen.yaml}
     * @param kpis           the ids of the live KPIs
     * @param municipalities the ids of the region's municipalities
     */
    HistoryFiles(Validator validator, Predicate<String> knownSource, Set<String> kpis, Set<String> municipalities) {
        this.validator = validator;
        this.knownSource = knownSource;
        this.kpis = Set.copyOf(kpis);
        this.municipalities = Set.copyOf(municipalities);
    }

    /** Every file of the region's {@code historie} folder (none: no history), in file-name order. */
    List<HistoricalFigures> read(Path regionFolder) {
        Path folder = regionFolder.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".yaml")).sorted()
                    .map(this::readFile).toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + folder, e);
        }
    }

    HistoricalFigures readFile(Path file) {
        ObjectMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        HistoricalFigures figures;
        try {
            figures = yaml.readValue(file.toFile(), HistoricalFigures.class);
        } catch (JacksonException e) {
            throw new IllegalStateException(file + ": " + e.getOriginalMessage(), e);
        }
        List<String> problems = new ArrayList<>(validator.validate(figures).stream()
                .map(violation -> violation.getPropertyPath() + " " + violation.getMessage()).sorted().toList());
        if (problems.isEmpty()) {
            problems.addAll(check(figures, file.getFileName().toString().replaceFirst("\\.yaml$", "")));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(file + ": " + String.join("; ", problems));
        }
        return figures;
    }

    private List<String> check(HistoricalFigures figures, String fileName) {
        List<String> problems = new ArrayList<>();
        if (!figures.municipality().equals(fileName)) {
            problems.add("municipality '" + figures.municipality() + "' is not the file's name '" + fileName + "'");
        }
        if (!municipalities.contains(figures.municipality())) {
            problems.add("municipality '" + figures.municipality() + "' is not a municipality of the region");
        }
        Set<String> ids = new HashSet<>();
        for (HistoricalFigures.Series series : figures.series()) {
            if (!ids.add(series.id())) {
                problems.add("series " + series.id() + " occurs twice");
            }
            source("series " + series.id(), series.source(), problems);
            if (series.kpi() != null && !kpis.contains(series.kpi().id())) {
                problems.add("series " + series.id() + ": no KPI '" + series.kpi().id() + "'");
            }
            series.values().forEach(value -> period("series " + series.id(), value.period(), problems));
        }
        for (HistoricalFigures.Ambition ambition : figures.ambitions()) {
            source("ambition " + ambition.id(), ambition.source(), problems);
            if (ambition.period() != null) {
                period("ambition " + ambition.id(), ambition.period(), problems);
            }
            if (ambition.realisation() != null && !ids.contains(ambition.realisation())) {
                problems.add("ambition " + ambition.id() + ": no series '" + ambition.realisation() + "'");
            }
        }
        for (HistoricalFigures.Inconsistency inconsistency : figures.inconsistencies()) {
            String unknown = inconsistency.series().stream().filter(id -> !ids.contains(id))
                    .collect(Collectors.joining(", "));
            if (!unknown.isEmpty()) {
                problems.add("inconsistency names no series of this file: " + unknown);
            }
        }
        return problems;
    }

    private void source(String what, Citation citation, List<String> problems) {
        if (!knownSource.test(citation.ref())) {
            problems.add(what + ": source '" + citation.ref() + "' is not in bronnen.yaml");
        }
    }

    private static void period(String what, String period, List<String> problems) {
        try {
            HistoricalPeriod.parse(period);
        } catch (RuntimeException e) {
            problems.add(what + ": " + e.getMessage());
        }
    }
}
