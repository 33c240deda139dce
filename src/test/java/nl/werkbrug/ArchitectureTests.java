package nl.werkbrug;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/**
 * Rules Spring Modulith does not check: how views reach other modules, where the time comes from, and that every
 * package states its nullness.
 */
class ArchitectureTests {

    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.werkbrug");

    /** The two places allowed to read the system clock or name a zone. */
    static final Set<String> TIME_SOURCES = Set.of(
            "nl.werkbrug.platform.internal.ClockConfiguration",
            "nl.werkbrug.shared.DutchTime");

    @Test
    void every_package_has_a_package_info_marked_null_marked() {
        Set<String> missing = new TreeSet<>();
        PRODUCTION.stream().map(JavaClass::getPackage).distinct().forEach(javaPackage -> {
            if (!javaPackage.isAnnotatedWith(NullMarked.class)) {
                missing.add(javaPackage.getName());
            }
        });
        assertThat(missing)
                .as("packages without package-info.java carrying @NullMarked")
                .isEmpty();
    }

    @Test
    void views_use_no_other_module_s_internals() {
        classes().that().resideInAPackage("nl.werkbrug.(*).ui..")
                .should(useNoInternalsOfOtherModules())
                .check(PRODUCTION);
    }

    @Test
    void views_use_no_repositories() {
        noClasses().that().resideInAPackage("nl.werkbrug.(*).ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .because("views talk to a module's API services, which carry security and transactions")
                .check(PRODUCTION);
    }

    @Test
    void nothing_reads_the_system_clock_or_names_a_zone_except_the_clock_configuration() {
        noClasses().that().resideInAPackage("nl.werkbrug..")
                .and(notNestedIn(TIME_SOURCES))
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(Year.class, "now")
                .orShould().callMethod(YearMonth.class, "now")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(ZoneId.class, "of", String.class)
                .orShould().callMethod(ZoneId.class, "systemDefault")
                .because("the one Clock bean (platform.internal.ClockConfiguration) gives the time and tests set it;"
                        + " shared.DutchTime.ZONE is the one zone")
                .check(PRODUCTION);
    }

    @Test
    void exceptions_are_named_after_what_went_wrong_and_end_in_exception() {
        classes().that().resideInAPackage("nl.werkbrug..").and().areAssignableTo(Exception.class)
                .should().haveSimpleNameEndingWith("Exception")
                .because("docs/adr/0009-naming.md chooses one exception style")
                .check(PRODUCTION);
    }

    private static DescribedPredicate<JavaClass> notNestedIn(Set<String> names) {
        return DescribedPredicate.describe("are not " + names,
                javaClass -> names.stream().noneMatch(name -> javaClass.getName().equals(name)
                        || javaClass.getName().startsWith(name + "$")));
    }

    private static ArchCondition<JavaClass> useNoInternalsOfOtherModules() {
        return new ArchCondition<>("use no internal package of another module") {
            @Override
            public void check(JavaClass view, ConditionEvents events) {
                String module = moduleOf(view.getPackage());
                for (JavaAccess<?> access : view.getAccessesFromSelf()) {
                    checkTarget(view, access.getTargetOwner(), access.getDescription(), module, events);
                }
                view.getDirectDependenciesFromSelf().forEach(dependency -> checkTarget(view,
                        dependency.getTargetClass(), dependency.getDescription(), module, events));
            }

            private void checkTarget(JavaClass view, JavaClass target, String description, String module,
                    ConditionEvents events) {
                String name = target.getPackageName();
                if (name.startsWith("nl.werkbrug.") && name.contains(".internal")
                        && !moduleOf(target.getPackage()).equals(module)) {
                    events.add(SimpleConditionEvent.violated(view, description));
                }
            }
        };
    }

    private static String moduleOf(JavaPackage javaPackage) {
        String[] parts = javaPackage.getName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }
}
