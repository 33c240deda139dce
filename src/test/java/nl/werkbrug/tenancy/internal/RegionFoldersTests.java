package nl.werkbrug.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.Validation;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regions are data: every region folder under {@code tenants/} loads, and a municipality is added by a folder. */
class RegionFoldersTests {

    final TenantFiles files = new TenantFiles(Validation.buildDefaultValidatorFactory().getValidator());

    /** The CBS gemeentecodes of the three regions, written out by hand from tenants/README.md's table. */
    static final Map<String, String> CBS_CODES = Map.ofEntries(
            Map.entry("almelo", "GM0141"), Map.entry("borne", "GM0147"), Map.entry("dinkelland", "GM1774"),
            Map.entry("enschede", "GM0153"), Map.entry("haaksbergen", "GM0158"), Map.entry("hellendoorn", "GM0163"),
            Map.entry("hengelo", "GM0164"), Map.entry("hof-van-twente", "GM1735"), Map.entry("losser", "GM0168"),
            Map.entry("oldenzaal", "GM0173"), Map.entry("rijssen-holten", "GM1742"), Map.entry("tubbergen", "GM0183"),
            Map.entry("twenterand", "GM1700"), Map.entry("wierden", "GM0189"),
            Map.entry("midden-drenthe", "GM1731"), Map.entry("lansingerland", "GM1621"));

    @Test
    void twente_has_its_fourteen_municipalities_with_their_cbs_codes() {
        TenantDirectory twente = files.read(Path.of("tenants"), "twente");

        assertThat(twente.tenants()).extracting(Tenant::shortName).containsExactlyInAnyOrder("Almelo", "Borne",
                "Dinkelland", "Enschede", "Haaksbergen", "Hellendoorn", "Hengelo", "Hof van Twente", "Losser", "Oldenzaal",
                "Rijssen-Holten", "Tubbergen", "Twenterand", "Wierden");
        twente.tenants().forEach(tenant -> assertThat(tenant.cbsCode()).as(tenant.id()).isEqualTo(CBS_CODES.get(tenant.id())));
        assertThat(twente.region().description()).contains("veertien");
    }

    @Test
    void drenthe_and_zuid_holland_centraal_load_with_their_municipality() {
        TenantDirectory drenthe = files.read(Path.of("tenants"), "drenthe");
        TenantDirectory zhc = files.read(Path.of("tenants"), "zuid-holland-centraal");

        assertThat(drenthe.region().name()).isEqualTo("Drenthe");
        assertThat(drenthe.tenants()).extracting(Tenant::id, Tenant::cbsCode, Tenant::regionId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("midden-drenthe", "GM1731", "drenthe"));
        assertThat(zhc.tenants()).extracting(Tenant::id, Tenant::cbsCode, Tenant::regionId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("lansingerland", "GM1621", "zuid-holland-centraal"));
    }

    /** tenants/README.md names the source of every code; the codes the shared sources give are quoted there. */
    @Test
    void every_cbs_code_is_documented_with_its_source_and_the_quoted_ones_match_the_quote() throws IOException {
        String readme = Files.readString(Path.of("tenants/README.md"));
        Matcher row = Pattern.compile("\\| `([a-z-]+)` \\| (GM\\d{4}) \\| ([^|]+) \\|").matcher(readme);
        Map<String, String> documented = new LinkedHashMap<>();
        Map<String, String> source = new LinkedHashMap<>();
        while (row.find()) {
            documented.put(row.group(1), row.group(2));
            source.put(row.group(1), row.group(3).trim());
        }
        assertThat(documented).isEqualTo(CBS_CODES);
        // standards-and-peers.md c13: "Twente examples include Enschede GM0153, Hengelo GM0164, Almelo GM0141,
        // Hellendoorn GM0163" (quoted in the README)
        Matcher quote = Pattern.compile("Twente examples include\\s+([^\"]+)\"").matcher(readme);
        assertThat(quote.find()).isTrue();
        Map<String, String> quoted = Stream.of(quote.group(1).split(",\\s+")).map(pair -> pair.trim().split("\\s+"))
                .collect(Collectors.toMap(pair -> pair[0].toLowerCase(java.util.Locale.ROOT), pair -> pair[1]));
        assertThat(quoted).containsExactlyInAnyOrderEntriesOf(Map.of("enschede", "GM0153", "hengelo", "GM0164",
                "almelo", "GM0141", "hellendoorn", "GM0163"));
        quoted.keySet().forEach(tenant -> assertThat(source.get(tenant)).as(tenant).contains("standards-and-peers.md"));
        source.forEach((tenant, where) -> assertThat(where).as(tenant).isNotBlank());
    }

    /** The steps of tenants/README.md "Adding a municipality": a folder with a tenant.yaml, read at the next start. */
    @Test
    void a_municipality_is_added_with_a_folder_and_no_build(@TempDir Path copy) throws IOException {
        Path region = Files.createDirectories(copy.resolve("twente"));
        Files.copy(Path.of("tenants/twente/region.yaml"), region.resolve("region.yaml"));
        try (Stream<Path> folders = Files.list(Path.of("tenants/twente"))) {
            // the municipalities' folders; the region's own data (letters, SROI model) stays behind
            for (Path folder : folders.filter(folder -> Files.exists(folder.resolve("tenant.yaml"))).toList()) {
                Files.createDirectories(region.resolve(folder.getFileName()));
                Files.copy(folder.resolve("tenant.yaml"), region.resolve(folder.getFileName()).resolve("tenant.yaml"));
            }
        }
        long started = System.nanoTime();
        Path newFolder = Files.createDirectories(region.resolve("nieuwegemeente"));
        Files.writeString(newFolder.resolve("tenant.yaml"), """
                name: Gemeente Nieuwegemeente
                shortName: Nieuwegemeente
                cbsCode: GM9999
                hosts: [nieuwegemeente.werkbrug.localhost]
                defaultLanguage: nl
                executingOrganisation: Gemeente Nieuwegemeente
                brand:
                  logoText: Werkbrug Nieuwegemeente
                  primary: "#1f4e79"
                  textOnPrimary: "#ffffff"
                  accent: "#1f4e79"
                """);

        TenantDirectory twente = files.read(copy, "twente");
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(twente.tenants()).hasSize(15);
        assertThat(twente.require("nieuwegemeente").cbsCode()).isEqualTo("GM9999");
        assertThat(twente.forHost("nieuwegemeente.werkbrug.localhost")).map(Tenant::id).contains("nieuwegemeente");
        System.out.println("Adding a municipality (write the folder, read the region): " + millis + " ms");
    }
}
