package nl.werkbrug.support;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Set;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;
import org.junit.jupiter.api.parallel.Resources;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Decides whether a test class with a Spring context ({@link IntegrationTest}, {@link ModuleTest}) may run at the same
 * time as other classes (see {@code junit-platform.properties} and {@code docs/adr/0012-parallel-tests.md}).
 * <p>
 * By default it may not: the class takes JUnit's global lock for writing, as {@code @Isolated} would, and so runs
 * alone after the classes that run concurrently. A class opts in with {@code @Execution(ExecutionMode.CONCURRENT)};
 * it then shares the one default context (and its database) with the other opted-in classes. The opt-in is refused,
 * so the class still runs alone, where sharing could not be safe:
 * <ul>
 *   <li>it uses the {@link MutableClock} (setting the portal's time would move it under every other test);</li>
 *   <li>it runs on another application context than the default one: Keycloak, SMTP, a module context, its own
 *   properties, bean overrides or a dirtied context. Starting or using a second context in parallel would repoint the static
 *   {@code SecurityContextHolder} strategy ({@link SecurityContextStrategyAlignment}) under the running tests.</li>
 * </ul>
 */
public final class RunsAloneUnlessConcurrent implements ResourceLocksProvider {

    /** {@code @MockitoBean}, {@code @MockitoSpyBean}, {@code @TestBean}: each gives the class a context of its own. */
    private static final String BEAN_OVERRIDES = "org.springframework.test.context.bean.override";

    private static final Set<Lock> ALONE = Set.of(new Lock(Resources.GLOBAL, ResourceAccessMode.READ_WRITE));

    @Override
    public Set<Lock> provideForClass(Class<?> testClass) {
        return mayRunConcurrently(testClass) ? Set.of() : ALONE;
    }

    static boolean mayRunConcurrently(Class<?> testClass) {
        return optedIn(testClass) && !usesTheClock(testClass) && onTheDefaultContext(testClass);
    }

    private static boolean optedIn(Class<?> testClass) {
        for (Class<?> type = testClass; type != null; type = type.getSuperclass()) {
            Execution execution = type.getAnnotation(Execution.class);
            if (execution != null) {
                return execution.value() == ExecutionMode.CONCURRENT;
            }
        }
        return false;
    }

    private static boolean usesTheClock(Class<?> testClass) {
        for (Class<?> type = testClass; type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (MutableClock.class.isAssignableFrom(field.getType())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean onTheDefaultContext(Class<?> testClass) {
        if (KeycloakTestsLast.needsKeycloak(testClass) || SmtpIntegrationTest.class.isAssignableFrom(testClass)) {
            return false;
        }
        MergedAnnotations annotations = MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY);
        if (annotations.isPresent(ModuleTest.class) || annotations.isPresent(TestPropertySource.class)
                || annotations.isPresent(DirtiesContext.class)) {
            return false;
        }
        for (Class<?> type = testClass; type != null; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(DynamicPropertySource.class)) {
                    return false;
                }
            }
            for (Field field : type.getDeclaredFields()) {
                for (java.lang.annotation.Annotation annotation : field.getAnnotations()) {
                    if (annotation.annotationType().getPackageName().startsWith(BEAN_OVERRIDES)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
