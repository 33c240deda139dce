package nl.werkbrug.employer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The occupations a vacancy can be coded with: a subset of ISCO-08 shipped as {@code employer/isco08-brc2014.csv},
 * each with its BRC 2014 beroepsgroep. Read once at start-up; reference data, so no security is needed.
 */
@Component
public class Occupations {

    /** The 13 BRC 2014 beroepsklassen. */
    public static final Map<String, String> BRC_CLASSES = Map.ofEntries(
            Map.entry("01", "Pedagogische beroepen"), Map.entry("02", "Creatieve en taalkundige beroepen"),
            Map.entry("03", "Commerciële beroepen"), Map.entry("04", "Bedrijfseconomische en administratieve beroepen"),
            Map.entry("05", "Managers"), Map.entry("06", "Openbaar bestuur, veiligheid en juridische beroepen"),
            Map.entry("07", "Technische beroepen"), Map.entry("08", "ICT-beroepen"), Map.entry("09", "Agrarische beroepen"),
            Map.entry("10", "Zorg en welzijn"), Map.entry("11", "Dienstverlenende beroepen"),
            Map.entry("12", "Transport en logistiek"), Map.entry("13", "Overige beroepen"));

    private final Map<String, Occupation> byCode = new LinkedHashMap<>();

    Occupations() {
        this("employer/isco08-brc2014.csv");
    }

    Occupations(String resource) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(line -> {
                String[] fields = line.split(";", -1);
                if (fields.length != 4 || !fields[0].matches("[0-9]{4}") || !fields[2].matches("[0-9]{4}")
                        || !BRC_CLASSES.containsKey(fields[2].substring(0, 2))) {
                    throw new IllegalStateException("Bad occupation line in " + resource + ": " + line);
                }
                if (byCode.put(fields[0], new Occupation(fields[0], fields[1], fields[2], fields[3])) != null) {
                    throw new IllegalStateException("Duplicate ISCO code in " + resource + ": " + fields[0]);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All occupations, by title. */
    public List<Occupation> all() {
        return byCode.values().stream().sorted(Comparator.comparing(Occupation::title)).toList();
    }

    public Optional<Occupation> find(String iscoCode) {
        return Optional.ofNullable(byCode.get(iscoCode));
    }

    public Occupation require(String iscoCode) {
        return find(iscoCode).orElseThrow(() -> new IllegalArgumentException("Unknown ISCO-08 code: " + iscoCode));
    }
}
