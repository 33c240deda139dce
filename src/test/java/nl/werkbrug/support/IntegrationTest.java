package nl.werkbrug.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The whole portal on a random port with the embedded PostgreSQL and demo data. Every test class that uses this
 * shares one application context (and one database), so keep tests independent of each other's rows. The portal's
 * {@link java.time.Clock} is a {@link MutableClock}: set the time with it, it is back on real time after each test.
 * <p>
 * Such a class runs alone (no other test class at the same time) unless it opts in with
 * {@code @Execution(ExecutionMode.CONCURRENT)}; {@link RunsAloneUnlessConcurrent} says when the opt-in holds.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@ResourceLock(providers = RunsAloneUnlessConcurrent.class)
@TestExecutionListeners(listeners = ClockReset.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface IntegrationTest {
}
