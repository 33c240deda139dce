package nl.werkbrug.support;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Several application contexts live in one test JVM (the shared one, the Keycloak one, and short-lived ones that
 * test start-up). Vaadin installs its own security-context strategy into the static {@link SecurityContextHolder}
 * when a context starts, so the holder may point at another context's strategy than the one this context's method
 * security reads. Before each test this listener points the holder back at the test's own context.
 */
public class SecurityContextStrategyListener implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        ApplicationContext context = testContext.getApplicationContext();
        SecurityContextHolderStrategy strategy = context.getBeanProvider(SecurityContextHolderStrategy.class).getIfUnique();
        if (strategy != null) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }
}
