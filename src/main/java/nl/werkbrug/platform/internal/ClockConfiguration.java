package nl.werkbrug.platform.internal;

import java.time.Clock;

import nl.werkbrug.shared.DutchTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portal's one clock, in Dutch time. Every "now" and "today" comes from it, so tests can set the time; a test
 * configuration replaces it with a clock it controls.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(DutchTime.ZONE);
    }
}
