package nl.werkbrug.platform.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Nightly jobs ({@code @Scheduled}), such as anonymising files past their retention term. Tests switch them off
 * ({@code werkbrug.scheduling.enabled=false}) and call the jobs themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "werkbrug.scheduling.enabled", matchIfMissing = true)
class SchedulingConfiguration {
}
