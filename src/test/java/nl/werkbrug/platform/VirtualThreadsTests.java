package nl.werkbrug.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import nl.werkbrug.support.IntegrationTest;
import org.apache.tomcat.util.threads.VirtualThreadExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Requests run on virtual threads (ADR 0029: the load test's CPU per request under full load); asynchronous listeners
 * keep a pool of 8 platform threads with a queue, so publishing an event never waits for a listener.
 */
@IntegrationTest
class VirtualThreadsTests {

    @Autowired
    ServletWebServerApplicationContext context;

    @Autowired
    @Qualifier("applicationTaskExecutor")
    TaskExecutor taskExecutor;

    @Test
    void tomcat_serves_requests_on_virtual_threads() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();

        assertThat(server.getTomcat().getConnector().getProtocolHandler().getExecutor())
                .isInstanceOf(VirtualThreadExecutor.class);
    }

    @Test
    void asynchronous_listeners_run_on_a_pool_of_8_platform_threads_with_a_queue() throws Exception {
        CompletableFuture<Boolean> virtual = new CompletableFuture<>();

        taskExecutor.execute(() -> virtual.complete(Thread.currentThread().isVirtual()));

        assertThat(virtual.get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(taskExecutor).isInstanceOfSatisfying(ThreadPoolTaskExecutor.class, executor -> {
            assertThat(executor.getCorePoolSize()).isEqualTo(8);
            assertThat(executor.getQueueCapacity()).isEqualTo(Integer.MAX_VALUE);
        });
    }
}
