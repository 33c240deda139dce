package nl.werkbrug.platform.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Application-module listeners run asynchronously after the commit, on Spring Boot's task executor, so a slow mail
 * server or a failing listener never holds up or undoes the user's work; the event publication registry keeps what
 * did not complete.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {
}
