package nl.werkbrug.support;

import java.util.Comparator;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Runs the test classes that need the real Keycloak last, and starts Keycloak in the background as soon as the test
 * plan holds one of them, so that its boot overlaps the other tests instead of adding to the run (configured in
 * {@code junit-platform.properties} and {@code META-INF/services}). The other classes keep their order.
 */
public final class KeycloakTestsLast implements ClassOrderer, TestExecutionListener {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing(descriptor -> needsKeycloak(descriptor.getTestClass())));
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
