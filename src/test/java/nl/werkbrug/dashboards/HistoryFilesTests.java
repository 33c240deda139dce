package nl.werkbrug.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import nl.werkbrug.dashboards.AmbitionResult.Reason;
import nl.werkbrug.dashboards.AmbitionResult.Verdict;
import nl.werkbrug.dashboards.HistoricalFigures.Series;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The sources' historical figures as data: the Twente files are read and checked, a few figures compared with the
 * domain briefs by hand (seeds-*.md §5), and a broken file stops the start naming the file.
 */
class HistoryFilesTests {

    private static final Path TWENTE = Path.of("tenants/twente");
    private static final Set<String> KPIS = Set.of("aanvragen", "toekenningen", "uitstroom-werk", "duurzame-uitstroom",
            "ladder-stijging", "instrumentinzet");
    private static final Set<String> MUNICIPALITIES = Set.of("enschede", "hengelo", "hellendoorn", "borne");

    private static ValidatorFactory validation;
    private static Set<String> sources;
    private static List<HistoricalFigures> twente;

    @TempDir
    Path folder;

    @BeforeAll
    static void start() {
        validation = Validation.buildDefaultValidatorFactory();
        sources = new HashSet<>();
        JsonNode list = YAMLMapper.builder().build().readTree(TWENTE.resolve("bronnen.yaml").toFile());
        list.get("sources").forEach(source -> sources.add(source.get("key").asString()));
        twente = new HistoryFiles(validation.getValidator(), sources::contains, KPIS, MUNICIPALITIES).read(TWENTE);
    }

    @AfterAll
    static void stop() {
        validation.close();
    }

    private HistoryFiles files() {
        return new HistoryFiles(validation.getValidator(), sources::contains, KPIS, MUNICIPALITIES);
    }

    private static HistoricalFigures twente(String municipality) {
        return twente.stream().filter(file -> file.municipality().equals(municipality)).findFirst()
                .orElseThrow();
    }

    private static BigDecimal value(HistoricalFigures figures, String series, String period) {
        return figures.find(series).orElseThrow().values().stream().filter(value -> value.period().equals(period))
                .findFirst().orElseThrow().value();
    }

    @Test
    void the_three_municipalities_files_hold_the_figures_of_the_briefs() {
        assertThat(twente).extracting(HistoricalFigures::municipality)
                .containsExactly("enschede", "hellendoorn", "hengelo");
        HistoricalFigures hengelo = twente("hengelo");
        // brief 003 §5.9.1: 2014 arbeid dienstbetrekking 293, eindtotaal 345; 2017 is January to July
        assertThat(value(hengelo, "beeindigd-arbeid-dienstbetrekking", "2014")).isEqualByComparingTo("293");
        assertThat(value(hengelo, "beeindigd-betaalde-arbeid-totaal", "2014")).isEqualByComparingTo("345");
        assertThat(value(hengelo, "beeindigd-arbeid-dienstbetrekking", "2017-01..2017-07")).isEqualByComparingTo("152");
        // §5.9.3: preventiequote January to June 56,3 %
        assertThat(value(hengelo, "preventiequote", "2017-01..2017-06")).isEqualByComparingTo("56.3");
        HistoricalFigures enschede = twente("enschede");
        // 004 §5.2: outflow to work Q1-Q3 2019 429; lasting outflow 85,43 % over 1-1 to 31-10-2018
        assertThat(value(enschede, "uitstroom-werk", "2019-01..2019-09")).isEqualByComparingTo("429");
        assertThat(value(enschede, "duurzame-uitstroom", "2018-01..2018-10")).isEqualByComparingTo("85.43");
        HistoricalFigures hellendoorn = twente("hellendoorn");
        // 000 Table 2: total outflow 2014..2017 169, 142, 154, 123
        assertThat(hellendoorn.find("uitstroom-totaal").orElseThrow().values()).extracting(value -> value.value().intValue())
                .containsExactly(169, 142, 154, 123);
    }

    @Test
    void where_the_sources_disagree_both_figures_are_kept_each_with_its_source() {
        HistoricalFigures enschede = twente("enschede");
        assertThat(value(enschede, "doenbeurs-deelnemers", "2019")).isEqualByComparingTo("3317");
        assertThat(value(enschede, "doenbeurs-bezoekers-keten", "2019")).isEqualByComparingTo("2962");
        assertThat(enschede.inconsistencies()).anySatisfy(inconsistency -> assertThat(inconsistency.series())
                .containsExactly("doenbeurs-deelnemers", "doenbeurs-bezoekers-keten"));
        assertThat(enschede.find("doenbeurs-bezoekers-keten").orElseThrow().source().at()).isEqualTo("Keten instrumentarium");
        HistoricalFigures hellendoorn = twente("hellendoorn");
        // Table 1 says 28 LKS placements in 2017, the text 20 (28 since autumn 2015)
        assertThat(value(hellendoorn, "resultaat-lks-tabel", "2017")).isEqualByComparingTo("28");
        assertThat(value(hellendoorn, "resultaat-lks-2017-tekst", "2017")).isEqualByComparingTo("20");
        assertThat(twente("hengelo").inconsistencies()).anySatisfy(inconsistency ->
                assertThat(inconsistency.text()).contains("2.269").contains("2.268"));
    }

    @Test
    void only_a_series_with_the_live_definition_shares_the_kpi_s_time_axis() {
        assertThat(twente("hengelo").matching("uitstroom-werk")).extracting(Series::id)
                .containsExactly("beeindigd-arbeid-dienstbetrekking");
        assertThat(twente("hengelo").differing("uitstroom-werk")).extracting(Series::id)
                .containsExactly("beeindigd-betaalde-arbeid-totaal", "bestand-uitstroom");
        assertThat(twente("enschede").matching("duurzame-uitstroom")).isEmpty();
        assertThat(twente("enschede").differing("duurzame-uitstroom").getFirst().kpi().why()).contains("twaalf maanden");
    }

    @Test
    void each_ambition_gets_the_verdict_its_figures_allow() {
        YearMonth today = YearMonth.of(2026, 12);
        HistoricalFigures enschede = twente("enschede");
        // ICT: at least 15 in 2019, 18 in Q1-Q3: a count reached early is reached
        assertThat(judge(enschede, "plaatsingen-ict-15", today).verdict()).isEqualTo(Verdict.GEHAALD);
        // activation: 50 % in 2019, 27 % over all of 2019
        assertThat(judge(enschede, "activering-50", today).verdict()).isEqualTo(Verdict.NIET_GEHAALD);
        // outflow to work: 650 in 2019, 429 in Q1-Q3 only; the source says "nagenoeg", the figures cannot say
        AmbitionResult outflow = judge(enschede, "uitstroom-werk-650", today);
        assertThat(outflow.verdict()).isEqualTo(Verdict.ONBEKEND);
        assertThat(outflow.reason()).isEqualTo(Reason.PART_OF_PERIOD);
        assertThat(outflow.realisation().value()).isEqualByComparingTo("429");
        // Germany: no realisation in the sources
        assertThat(judge(enschede, "uitstroom-duitsland-50", today).reason()).isEqualTo(Reason.NO_REALISATION);
        // the same ambition judged in 2019 itself is still running
        assertThat(judge(enschede, "uitstroom-werk-650", YearMonth.of(2019, 10)).verdict()).isEqualTo(Verdict.LOOPT_NOG);
        HistoricalFigures hellendoorn = twente("hellendoorn");
        // Table 1: 49 against 50 over 2017; LKS 20 (the text) against 15
        assertThat(judge(hellendoorn, "uitstroom-werk-2017-50", today).verdict()).isEqualTo(Verdict.NIET_GEHAALD);
        assertThat(judge(hellendoorn, "lks-2017-15", today).verdict()).isEqualTo(Verdict.GEHAALD);
        // Hengelo: the regional average has no number
        assertThat(judge(twente("hengelo"), "uitstroom-regionaal-gemiddelde", today).reason()).isEqualTo(Reason.NO_TARGET);
        assertThat(judge(twente("hengelo"), "werkplein-taakstelling-200", today).reason()).isEqualTo(Reason.NO_PERIOD);
    }

    private static AmbitionResult judge(HistoricalFigures figures, String id, YearMonth month) {
        HistoricalFigures.Ambition ambition = figures.ambitions().stream().filter(candidate -> candidate.id().equals(id))
                .findFirst().orElseThrow();
        return AmbitionResult.judge(ambition, ambition.realisation() == null ? java.util.Optional.empty()
                : figures.find(ambition.realisation()), month);
    }

    @Test
    void history_and_live_figures_lie_on_one_axis_in_time_order() {
        Series series = twente("hengelo").matching("uitstroom-werk").getFirst();
        List<TimelinePoint> axis = TimelinePoint.axis(List.of(series), java.util.Map.of(2025, Cell.SUPPRESSED,
                2026, new Cell(new BigDecimal("12"), 12, null, false), 2024, Cell.EMPTY));
        // 2012..2016, 2017 (Jan-Jul) from the source; 2024 empty is left out; 2025 suppressed; 2026 live
        assertThat(axis).extracting(point -> point.period().label()).containsExactly("2012", "2013", "2014", "2015",
                "2016", "2017-01 – 2017-07", "2025", "2026");
        assertThat(axis.get(6).suppressed()).isTrue();
        assertThat(axis.get(6).value()).isNull();
        assertThat(axis.get(7).live()).isTrue();
        assertThat(axis.get(7).value()).isEqualByComparingTo("12");
        assertThat(axis.getFirst().live()).isFalse();
    }

    private Path write(String name, String yaml) throws IOException {
        Path historie = Files.createDirectories(folder.resolve(HistoryFiles.FOLDER));
        return Files.writeString(historie.resolve(name), yaml);
    }

    private static final String VALID = """
            municipality: borne
            series:
              - id: een
                name: "Een reeks"
                unit: personen
                definition: "zoals de bron"
                source: { ref: hengelo-werk-maken-van-werk, at: "bijlage" }
                values:
                  - { period: "2016", value: 3 }
            ambitions: []
            inconsistencies: []
            """;

    @Test
    void a_valid_file_is_read() throws IOException {
        write("borne.yaml", VALID);
        assertThat(files().read(folder).getFirst().find("een").orElseThrow().values().getFirst().value())
                .isEqualByComparingTo("3");
    }

    @Test
    void an_unknown_field_stops_the_start_naming_the_file() throws IOException {
        write("borne.yaml", VALID.replace("unit: personen", "unit: personen\n    colour: red"));
        assertThatThrownBy(() -> files().read(folder)).hasMessageContaining("borne.yaml").hasMessageContaining("colour");
    }

    @Test
    void a_missing_or_unknown_source_stops_the_start_naming_the_file() throws IOException {
        write("borne.yaml", VALID.replace("ref: hengelo-werk-maken-van-werk", "ref: een-verzonnen-bron"));
        assertThatThrownBy(() -> files().read(folder)).hasMessageContaining("borne.yaml")
                .hasMessageContaining("een-verzonnen-bron");
        write("borne.yaml", VALID.replace("    source: { ref: hengelo-werk-maken-van-werk, at: \"bijlage\" }\n", ""));
        assertThatThrownBy(() -> files().read(folder)).hasMessageContaining("borne.yaml").hasMessageContaining("source");
    }

    @Test
    void an_unknown_kpi_a_bad_period_or_a_foreign_municipality_stops_the_start() throws IOException {
        write("borne.yaml", VALID.replace("    values:", "    kpi: { id: plaatsingen, matches: true, why: x }\n    values:"));
        assertThatThrownBy(() -> files().read(folder)).hasMessageContaining("borne.yaml").hasMessageContaining("plaatsingen");
        write("borne.yaml", VALID.replace("\"2016\"", "\"medio 2017\""));
        assertThatThrownBy(() -> files().read(folder)).hasMessageContaining("medio 2017");
        write("borne.yaml", VALID.replace("municipality: borne", "municipality: almelo"));
        assertThatThrownBy(() -> files().read(folder)).hasMessageContaining("almelo");
    }
}
