package nl.werkbrug.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLocksProvider.Lock;
import org.junit.jupiter.api.parallel.Resources;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Which test classes may run at the same time as others (docs/adr/0012-parallel-tests.md). */
class ParallelSafetyTests {

    private static final Lock ALONE = new Lock(Resources.GLOBAL, ResourceAccessMode.READ_WRITE);

    private final RunsAloneUnlessConcurrent provider = new RunsAloneUnlessConcurrent();

    @IntegrationTest
    static class PlainIntegration {
    }

    @Execution(ExecutionMode.CONCURRENT)
    static class OptedInJourney extends BrowserTest {
    }

    @Execution(ExecutionMode.CONCURRENT)
    static class OptedInButSetsTheClock extends BrowserTest {
        @Autowired
        MutableClock clock;
    }

    @Execution(ExecutionMode.CONCURRENT)
    static class OptedInOnItsOwnContext extends BrowserTest {
        @DynamicPropertySource
        static void properties(DynamicPropertyRegistry registry) {
            registry.add("werkbrug.demo-data.caseloads", () -> "false");
        }
    }

    @Execution(ExecutionMode.CONCURRENT)
    static class OptedInWithMail extends SmtpIntegrationTest {
    }

    @Execution(ExecutionMode.CONCURRENT)
    @ModuleTest
    static class OptedInModule {
    }

    @Test
    void an_integration_test_runs_alone_unless_it_opts_in() {
        assertThat(provider.provideForClass(PlainIntegration.class)).containsExactly(ALONE);
        assertThat(provider.provideForClass(OptedInJourney.class)).isEmpty();
    }

    @Test
    void the_opt_in_is_refused_to_a_class_that_sets_the_clock_or_needs_a_context_of_its_own() {
        assertThat(provider.provideForClass(OptedInButSetsTheClock.class)).containsExactly(ALONE);
        assertThat(provider.provideForClass(OptedInOnItsOwnContext.class)).containsExactly(ALONE);
        assertThat(provider.provideForClass(OptedInWithMail.class)).containsExactly(ALONE);
        assertThat(provider.provideForClass(OptedInModule.class)).containsExactly(ALONE);
    }

    @Test
    void a_test_that_starts_a_portal_of_its_own_runs_alone() {
        JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("nl.werkbrug");
        List<String> starters = tests.stream()
                .filter(type -> type.getDirectDependenciesFromSelf().stream().anyMatch(dependency -> Set.of(
                        SpringApplication.class.getName(), SpringApplicationBuilder.class.getName())
                        .contains(dependency.getTargetClass().getName())))
                .map(type -> type.getName().replaceFirst("\\$.*", ""))
                .filter(name -> !name.equals(ParallelSafetyTests.class.getName())).distinct().sorted().toList();

        // the four of today, so that this test cannot pass by finding none
        assertThat(starters).contains("nl.werkbrug.platform.ManagementPortTests", "nl.werkbrug.platform.ProductionProfileTests",
                "nl.werkbrug.platform.RestartKeepsDataTests", "nl.werkbrug.tenancy.MalformedTenantFileStartupTests");
        assertThat(starters.stream().filter(name -> !tests.get(name).isAnnotatedWith(Isolated.class)).toList())
                .as("test classes that start a portal of their own next to the shared context must be @Isolated: "
                        + "a second portal would repoint the static SecurityContextHolder strategy under the tests "
                        + "running concurrently (docs/adr/0012-parallel-tests.md)")
                .isEmpty();
    }

    @Test
    void the_concurrent_classes_start_longest_first_from_both_ends() {
        assertThat(KeycloakTestsLast.longestFirstFromBothEnds(List.of(2, 6, 1, 5, 3, 4), Integer::doubleValue))
                .containsExactly(6, 4, 2, 1, 3, 5);
        assertThat(KeycloakTestsLast.longestFirstFromBothEnds(List.of("b", "a", "c"), name -> 1.0))
                .as("equal lengths").containsExactly("b", "c", "a");
    }

    @Test
    void every_class_with_measured_seconds_runs_concurrently() throws Exception {
        java.util.Properties seconds = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/test-class-seconds.properties")) {
            seconds.load(in);
        }
        Map<String, Class<?>> tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("nl.werkbrug").stream().filter(type -> type.getSimpleName().endsWith("Tests"))
                .collect(java.util.stream.Collectors.toMap(JavaClass::getSimpleName, JavaClass::reflect, (a, b) -> a));

        assertThat(seconds.stringPropertyNames()).hasSizeGreaterThan(10).allSatisfy(name -> {
            assertThat(tests).as("a test class named %s", name).containsKey(name);
            assertThat(RunsAloneUnlessConcurrent.mayRunConcurrently(tests.get(name))).as(name).isTrue();
        });
        assertThat(KeycloakTestsLast.seconds(ParallelSafetyTests.class)).isEqualTo(KeycloakTestsLast.UNKNOWN_SECONDS);
    }
}
