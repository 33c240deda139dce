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
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

/**
 * Requests and asynchronous listeners run on virtual threads (ADR 0029: the load test's CPU per request under full
 * load), the listeners at most 8 at a time.
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
    void asynchronous_listeners_run_on_virtual_threads_at_most_8_at_a_time() throws Exception {
        CompletableFuture<Boolean> virtual = new CompletableFuture<>();

        taskExecutor.execute(() -> virtual.complete(Thread.currentThread().isVirtual()));

        assertThat(virtual.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(taskExecutor).isInstanceOfSatisfying(SimpleAsyncTaskExecutor.class,
                executor -> assertThat(executor.getConcurrencyLimit()).isEqualTo(8));
    }
}
