package nl.werkbrug.platform.internal;

import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Application-module listeners run asynchronously after the commit, on Spring Boot's task executor, so a slow mail
 * server or a failing listener never holds up or undoes the user's work; the event publication registry keeps what
 * did not complete.
 * <p>
 * Requests run on virtual threads (ADR 0029), the listeners do not: they keep Spring Boot's pool of 8 platform threads
 * with its queue. With virtual threads Spring Boot would run every listener at once (each wanting a database
 * connection) or, with a limit, make the publisher wait for a free place, and the publisher is the user's request.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {

    @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
    ThreadPoolTaskExecutor applicationTaskExecutor(ThreadPoolTaskExecutorBuilder builder) {
        return builder.build();
    }
}
