package nl.werkbrug.dashboards;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.validation.Validator;
import nl.werkbrug.catalogue.Bibliography;
import nl.werkbrug.catalogue.Citation;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The sources' own figures and ambitions per municipality ({@code tenants/<region>/historie/}), read and checked at
 * start-up. They come from published documents, so they carry no personal data and need no role; the pages that
 * show them have their own.
 */
@Service
public class History {

    private final List<HistoricalFigures> files;
    private final Bibliography bibliography;
    private final Clock clock;

    @Autowired
    History(Validator validator, TenantDirectory directory, Bibliography bibliography, KpiDefinitions definitions,
            @Value("${werkbrug.tenancy.directory:tenants}") Path tenants, Clock clock) {
        this(new HistoryFiles(validator, bibliography::hasKey,
                definitions.all().stream().map(KpiDefinition::id).collect(Collectors.toSet()),
                directory.tenants().stream().map(Tenant::id).collect(Collectors.toSet()))
                .read(tenants.resolve(directory.region().id())), bibliography, clock);
    }

    History(List<HistoricalFigures> files, Bibliography bibliography, Clock clock) {
        this.files = List.copyOf(files);
        this.bibliography = bibliography;
        this.clock = clock;
    }

    /** Every municipality's file, by municipality id. */
    public List<HistoricalFigures> all() {
        return files;
    }

    /** The municipality's figures, or none when the sources give none. */
    public Optional<HistoricalFigures> of(String municipality) {
        return files.stream().filter(file -> file.municipality().equals(municipality)).findFirst();
    }

    /** The municipality's ambitions with their realisation and verdict as of today. */
    public List<AmbitionResult> ambitions(String municipality) {
        YearMonth month = YearMonth.now(clock);
        return of(municipality).map(file -> file.ambitions().stream().map(ambition -> AmbitionResult.judge(ambition,
                ambition.realisation() == null ? Optional.empty() : file.find(ambition.realisation()), month))
                .toList()).orElse(List.of());
    }

    /** "Title, publisher (year), place": how a figure's source reads on the page. */
    public String cite(HistoricalFigures.Citation citation) {
        Citation found = bibliography.find(citation.ref()).orElseThrow();
        return found.title() + ", " + found.publisher() + " (" + found.year() + "), " + citation.at();
    }
}
