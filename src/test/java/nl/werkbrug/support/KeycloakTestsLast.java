package nl.werkbrug.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Orders the test classes (configured in {@code junit-platform.properties} and {@code META-INF/services}):
 * <ul>
 *   <li>the classes that need the real Keycloak run last, and Keycloak starts in the background as soon as the test
 *   plan holds one of them, so that its boot overlaps the other tests instead of adding to the run;</li>
 *   <li>the classes that run two at a time ({@link RunsAloneUnlessConcurrent}) are ordered longest first from both
 *   ends ({@link #longestFirstFromBothEnds}), with the seconds each took in the last measured run
 *   ({@code test-class-seconds.properties}); the other classes keep their order.</li>
 * </ul>
 * Why both ends: JUnit forks the concurrent classes in this order onto the engine thread's queue; the other worker
 * steals them from the front, the engine thread (after the classes that run on it) takes them from the back. Longest
 * first on both means the last classes that run beside each other are short ones, so neither worker waits long for
 * the other at the end of the concurrent part (docs/adr/0012-parallel-tests.md).
 */
public final class KeycloakTestsLast implements ClassOrderer, TestExecutionListener {

    /** For a concurrent class missing from the properties: about a middling browser journey. */
    static final double UNKNOWN_SECONDS = 20;

    private static final Properties SECONDS = load();

    @Override
    public void orderClasses(ClassOrdererContext context) {
        List<? extends ClassDescriptor> classes = context.getClassDescriptors();
        List<ClassDescriptor> order = new ArrayList<>(longestFirstFromBothEnds(classes.stream()
                .filter(descriptor -> RunsAloneUnlessConcurrent.mayRunConcurrently(descriptor.getTestClass()))
                .map(ClassDescriptor.class::cast).toList(), descriptor -> seconds(descriptor.getTestClass())));
        classes.stream().filter(descriptor -> !order.contains(descriptor))
                .sorted(Comparator.comparing(descriptor -> needsKeycloak(descriptor.getTestClass())))
                .forEach(order::add);
        classes.sort(Comparator.comparingInt(order::indexOf));
    }

    /**
     * The items sorted by length, longest first, dealt alternately to the front and to the back: lengths 6, 5, 4, 3,
     * 2, 1 come out as 6, 4, 2, 1, 3, 5. Equal lengths keep their order.
     */
    static <T> List<T> longestFirstFromBothEnds(List<T> items, ToDoubleFunction<T> length) {
        List<T> longestFirst = new ArrayList<>(items);
        longestFirst.sort(Comparator.comparingDouble(length).reversed());
        List<T> front = new ArrayList<>();
        List<T> back = new ArrayList<>();
        for (int i = 0; i < longestFirst.size(); i++) {
            (i % 2 == 0 ? front : back).add(longestFirst.get(i));
        }
        List<T> order = new ArrayList<>(front);
        order.addAll(back.reversed());
        return order;
    }

    static double seconds(Class<?> testClass) {
        String value = SECONDS.getProperty(testClass.getSimpleName());
        return value == null ? UNKNOWN_SECONDS : Double.parseDouble(value);
    }

    private static Properties load() {
        Properties seconds = new Properties();
        try (InputStream in = KeycloakTestsLast.class.getResourceAsStream("/test-class-seconds.properties")) {
            if (in != null) {
                seconds.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seconds;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        boolean any = plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                .map(TestIdentifier::getSource).flatMap(java.util.Optional::stream)
                .filter(ClassSource.class::isInstance).map(ClassSource.class::cast)
                .anyMatch(source -> needsKeycloak(source.getJavaClass()));
        if (any) {
            KeycloakServer.startInBackground();
        }
    }

    static boolean needsKeycloak(Class<?> type) {
        if (KeycloakBrowserTest.class.isAssignableFrom(type)) {
            return true;
        }
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            org.junit.jupiter.api.extension.ExtendWith extension =
                    current.getAnnotation(org.junit.jupiter.api.extension.ExtendWith.class);
            if (extension != null && java.util.Arrays.asList(extension.value()).contains(KeycloakServer.class)) {
                return true;
            }
        }
        return false;
    }
}
