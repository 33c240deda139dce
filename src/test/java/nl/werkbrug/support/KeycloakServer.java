package nl.werkbrug.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a real Keycloak 26 (the server zip from Maven Central, unpacked by the build into target/keycloak) on free
 * loopback ports with the repository's Twente realm and test users, once per test run, and stops it at the end.
 * The portal under test gets a fixed free port too, because Keycloak must know its redirect URI up front.
 */
public final class KeycloakServer implements BeforeAllCallback {

    public static final String CLIENT_SECRET = "test-client-secret-0123456789";
    public static final String PASSWORD = "Keycloak-Test-2026";

    private static Running running;

    public record Running(int keycloakPort, int portalPort, Process process, long startMillis) {

        public String issuer() {
            return "http://127.0.0.1:" + keycloakPort + "/realms/twente";
        }
    }

    public static Running running() {
        if (running == null) {
            throw new IllegalStateException("Keycloak is not started; annotate the test with @ExtendWith(KeycloakServer.class)");
        }
        return running;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (KeycloakServer.class) {
            if (running == null) {
                running = start();
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                        .put(KeycloakServer.class, (AutoCloseable) KeycloakServer::stop);
            }
        }
    }

    private static Running start() throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("werkbrug.keycloak.home", "target/keycloak/keycloak-26.7.3")).toAbsolutePath();
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak is not unpacked at " + home + " (run the Maven build)");
        }
        deleteTree(home.resolve("data"));
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.copy(Path.of("src/main/keycloak/twente-realm.json"), imports.resolve("twente-realm.json"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of("src/test/resources/keycloak/twente-users-0.json"), imports.resolve("twente-users-0.json"),
                StandardCopyOption.REPLACE_EXISTING);
        int keycloakPort = freePort();
        int portalPort = freePort();
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + keycloakPort, "--http-management-port=" + freePort(),
                "--import-realm", "--cache=local")
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target/keycloak.log").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin-test-password");
        builder.environment().put("WERKBRUG_CLIENT_SECRET", CLIENT_SECRET);
        builder.environment().put("WERKBRUG_BASE_URL", "http://localhost:" + portalPort);
        long started = System.currentTimeMillis();
        Process process = builder.start();
        waitUntilReady("http://127.0.0.1:" + keycloakPort + "/realms/twente/.well-known/openid-configuration", process);
        long took = System.currentTimeMillis() - started;
        System.out.printf("Keycloak 26 ready on port %d in %d ms%n", keycloakPort, took);
        return new Running(keycloakPort, portalPort, process, took);
    }

    private static void waitUntilReady(String url, Process process) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.currentTimeMillis() + Duration.ofMinutes(4).toMillis();
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped during start; see target/keycloak.log");
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Keycloak was not ready within 4 minutes; see target/keycloak.log");
    }

    private static void stop() {
        if (running == null) {
            return;
        }
        Process process = running.process();
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        running = null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
