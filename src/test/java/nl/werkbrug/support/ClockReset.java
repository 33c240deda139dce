package nl.werkbrug.support;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/** After every integration test the portal's clock runs on real time again, whatever the test set. */
public class ClockReset implements TestExecutionListener {

    @Override
    public void afterTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(MutableClock.class).ifAvailable(MutableClock::reset);
        }
    }
}
