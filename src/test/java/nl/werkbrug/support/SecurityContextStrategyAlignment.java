package nl.werkbrug.support;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each test, points the static {@link SecurityContextHolder} at the security-context strategy of the
 * application context under test. Vaadin gives every application context its own strategy (with its own thread
 * local) and makes the newest one the static default; with several cached contexts in one test JVM (default,
 * Keycloak, SMTP) code that uses the static holder ({@code SystemTask}, {@code TestUsers}) would otherwise talk to
 * another context's strategy than the method security it calls. Production has one context, so this is test-only.
 */
public class SecurityContextStrategyAlignment implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifUnique(SecurityContextHolder::setContextHolderStrategy);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
