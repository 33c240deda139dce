package nl.werkbrug.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * One module (the test class's package) with only the modules it uses, on an embedded PostgreSQL of its own. Each
 * such context serves one test class, so it is closed after the class (its database stopped); the classes run one
 * after another, so they share one data folder, wiped at every start. Costs one context start per module (about
 * 7-20 s here once the JVM is warm), next to the one shared {@link IntegrationTest} context. It runs alone, never
 * at the same time as another test class ({@link RunsAloneUnlessConcurrent}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest
@ActiveProfiles("test")
@DirtiesContext
@ResourceLock(providers = RunsAloneUnlessConcurrent.class)
@TestPropertySource(properties = "werkbrug.embedded-database.data-directory=target/test-postgres-module")
public @interface ModuleTest {

    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "mode")
    BootstrapMode mode() default BootstrapMode.DIRECT_DEPENDENCIES;

    /** Modules to add by hand, e.g. platform for the database, or one used only through a security expression. */
    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "extraIncludes")
    String[] extraIncludes() default {};
}
