package nl.werkbrug.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.validation.Validator;
import nl.werkbrug.catalogue.Bibliography;
import nl.werkbrug.tenancy.ServicePoint;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantDirectory;
import nl.werkbrug.tenancy.internal.TenantDirectoryConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Issue 11 item 7: each region of {@code tenants/} starts as the portal starts it. The region is chosen the way an
 * installation chooses it, with the environment variable {@code WERKBRUG_TENANCY_REGION}; the portal's own
 * configuration reads the region and its municipalities ({@code TenantDirectoryConfiguration}) and its list of
 * sources ({@code CatalogueConfiguration}); then the catalogue files are read as {@link CatalogueLoader} reads them at
 * start, before it writes them to the database. No database and no web application: a context per region costs
 * well under a second, where a full start costs 90-110 s (ADR 0022).
 */
class RegionStartTests {

    static final Path TENANTS = Path.of("tenants");

    final ApplicationContextRunner portal = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(TenantDirectoryConfiguration.class, CatalogueConfiguration.class);

    /** Starts the region named in the environment and hands the started context and its catalogue to the checks. */
    void start(String region, Consumer<Started> checks) {
        start(TENANTS, region, checks);
    }

    /** As an installation with {@code WERKBRUG_TENANCY_DIRECTORY} and {@code WERKBRUG_TENANCY_REGION} set. */
    void start(Path tenants, String region, Consumer<Started> checks) {
        long began = System.nanoTime();
        portal.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource("environment", Map.of("WERKBRUG_TENANCY_REGION", region,
                                "WERKBRUG_TENANCY_DIRECTORY", tenants.toString()))))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    TenantDirectory directory = context.getBean(TenantDirectory.class);
                    CatalogueFiles.RegionCatalogue catalogue = new CatalogueFiles(context.getBean(Validator.class))
                            .read(tenants, directory.region().id(), directory.tenants().stream().map(Tenant::id).toList());
                    checks.accept(new Started(context, directory, context.getBean(Bibliography.class), catalogue));
                });
        System.out.printf("Region %s started (directory, sources, catalogue files) in %d ms%n", region,
                (System.nanoTime() - began) / 1_000_000);
    }

    record Started(AssertableApplicationContext context, TenantDirectory directory, Bibliography bibliography,
                   CatalogueFiles.RegionCatalogue catalogue) {

        List<String> tenantIds() {
            return directory.tenants().stream().map(Tenant::id).toList();
        }

        List<String> kofferCodes() {
            return catalogue.koffer().stream().map(CatalogueFiles.RegionalEntry::code).toList();
        }

        List<String> ownCodes(String tenant) {
            return catalogue.tenants().get(tenant).instruments().stream().map(CatalogueFiles.LocalEntry::code).toList();
        }

        /** Every source a service point names is in the region's list of sources. */
        void servicePointSourcesAreListed() {
            assertThat(directory.servicePoints()).isNotEmpty()
                    .allSatisfy(point -> assertThat(bibliography.hasKey(point.sourceRef())).as(point.key()).isTrue());
        }
    }

    @Test
    void twente_starts_with_its_fourteen_municipalities_each_with_the_regional_koffer() {
        start("twente", started -> {
            assertThat(started.directory().region().name()).isEqualTo("Twente");
            assertThat(started.tenantIds()).containsExactly("almelo", "borne", "dinkelland", "enschede", "haaksbergen",
                    "hellendoorn", "hengelo", "hof-van-twente", "losser", "oldenzaal", "rijssen-holten", "tubbergen",
                    "twenterand", "wierden");
            assertThat(started.catalogue().tenants()).hasSize(14);
            assertThat(started.kofferCodes()).contains("loonkostensubsidie", "jobcoaching", "no-riskpolis", "proefplaatsing");
            assertThat(started.ownCodes("enschede")).contains("uitstroombonus");
            assertThat(started.bibliography().hasKey("hengelo-werk-maken-van-werk")).isTrue();
            started.servicePointSourcesAreListed();
            // Midden-Twente (Hengelo 003); Hellendoorn with Almelo (Hellendoorn 000, 4.2); the rest: the Werkplein itself
            assertThat(started.directory().servicePointFor("haaksbergen")).map(ServicePoint::key).hasValue("werkplein-twente-hengelo");
            assertThat(started.directory().servicePointFor("hellendoorn")).map(ServicePoint::key).hasValue("werkplein-twente-almelo");
            assertThat(started.directory().servicePointFor("losser")).map(ServicePoint::key).hasValue("werkplein-twente");
            assertThat(started.directory().servicePoints()).allSatisfy(point -> assertThat(point.phone()).isNull());
        });
    }

    /** The two regions of one municipality each: their koffer (statutory and regional), own instruments, WSP. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            drenthe               | Drenthe               | midden-drenthe | GM1731 | loonkostensubsidie no-riskpolis perspectief-op-werk           | werkstage taalstage duurzaamheidssubsidie | Werkgeversservicepunt Drenthe (WSPD)
            zuid-holland-centraal | Zuid-Holland Centraal | lansingerland  | GM1621 | jobcoaching werkgeverscheque loonkostensubsidie no-riskpolis | uitstroompremie                           | Werkgeversservicepunt Zuid-Holland Centraal (WSP)
            """)
    void a_region_of_one_municipality_starts_with_its_koffer_its_own_instruments_and_its_service_point(
            String region, String name, String tenant, String cbsCode, String koffer, String own, String servicePoint) {
        start(region, started -> {
            assertThat(started.directory().region().name()).isEqualTo(name);
            assertThat(started.tenantIds()).containsExactly(tenant);
            assertThat(started.directory().require(tenant).cbsCode()).isEqualTo(cbsCode);
            assertThat(started.kofferCodes()).contains(koffer.split(" "));
            assertThat(started.ownCodes(tenant)).contains(own.split(" "));
            started.servicePointSourcesAreListed();
            assertThat(started.directory().servicePointFor(tenant)).map(ServicePoint::name).hasValue(servicePoint);
        });
    }

    /**
     * The steps of tenants/README.md "Adding a municipality", timed: write the folder with its tenant.yaml into an
     * installation's tenants directory (a copy of the repository's) and start again. Nothing is compiled or built.
     */
    @Test
    void a_municipality_added_as_a_folder_is_in_the_region_at_the_next_start(@TempDir Path installation) throws IOException {
        Path copy = installation.resolve("tenants");
        FileSystemUtils.copyRecursively(TENANTS.resolve("twente"), copy.resolve("twente"));
        long began = System.nanoTime();
        Path folder = Files.createDirectories(copy.resolve("twente/proefgemeente"));
        Files.writeString(folder.resolve("tenant.yaml"), """
                name: Gemeente Proefgemeente (fictief)
                shortName: Proefgemeente
                cbsCode: GM9999
                hosts: [proefgemeente.werkbrug.localhost]
                defaultLanguage: nl
                executingOrganisation: Gemeente Proefgemeente
                brand:
                  logoText: Werkbrug Proefgemeente
                  primary: "#1f4e79"
                  textOnPrimary: "#ffffff"
                  accent: "#1f4e79"
                """);

        start(copy, "twente", started -> {
            assertThat(started.tenantIds()).hasSize(15).contains("proefgemeente");
            assertThat(started.catalogue().tenants().get("proefgemeente").instruments()).as("no catalogue.yaml").isEmpty();
            assertThat(started.kofferCodes()).contains("jobcoaching", "loonkostensubsidie");
            assertThat(started.directory().servicePointFor("proefgemeente")).map(ServicePoint::key).hasValue("werkplein-twente");
        });
        System.out.printf("Adding a municipality (write its folder, start the region with it): %d ms%n",
                (System.nanoTime() - began) / 1_000_000);
    }

    @Test
    void a_region_without_a_folder_does_not_start() {
        portal.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource("environment", Map.of("WERKBRUG_TENANCY_REGION", "atlantis"))))
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("atlantis").hasMessageContaining("region.yaml"));
    }
}
