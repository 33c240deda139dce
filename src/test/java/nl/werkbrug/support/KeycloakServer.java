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
    /** The secret of the realm's {@code werkbrug-provisioning} client (its service account provisions employers). */
    public static final String PROVISIONING_SECRET = "test-provisioning-secret-9876543210";
    public static final String PASSWORD = "Keycloak-Test-2026";
    /** The TOTP secret of the staff test users' authenticator (src/test/resources/keycloak/twente-users-0.json). */
    public static final String TOTP_SECRET = "werkbrug-test-totp-2026";

    /**
     * The six-digit TOTP code (RFC 6238: HMAC-SHA1, 30 s steps) of {@link #TOTP_SECRET} at that moment, as an
     * authenticator app would show it. Keycloak keys the HMAC with the secret's UTF-8 bytes.
     */
    public static String totp(java.time.Instant at) {
        return totp(TOTP_SECRET, at);
    }

    public static String totp(String secret, java.time.Instant at) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "HmacSHA1"));
            byte[] hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(at.getEpochSecond() / 30).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Running running;
    private static java.util.concurrent.@org.jspecify.annotations.Nullable CompletableFuture<Running> starting;

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

    /**
     * Starts Keycloak on a thread of its own, so that its boot (about 40 s here) overlaps the tests that run before the
     * Keycloak tests ({@link KeycloakTestsLast}); the first Keycloak test waits for it. A shutdown hook stops it should
     * no Keycloak test run after all.
     */
    public static synchronized void startInBackground() {
        if (starting == null) {
            starting = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return start();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            });
            Runtime.getRuntime().addShutdownHook(new Thread(() -> starting.thenAccept(KeycloakServer::stop)));
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (KeycloakServer.class) {
            if (running == null) {
                startInBackground();
                running = starting.join();
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                        .put(KeycloakServer.class, (AutoCloseable) () -> stop(running));
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
        int portalPort = freePortBelowEphemeralRange();
        // At low priority: it boots while the other tests run and should take only the CPU they leave idle.
        ProcessBuilder builder = new ProcessBuilder("nice", "-n", "15", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + keycloakPort, "--http-management-port=" + freePort(),
                "--import-realm", "--cache=local")
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target/keycloak.log").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin-test-password");
        builder.environment().put("WERKBRUG_CLIENT_SECRET", CLIENT_SECRET);
        builder.environment().put("WERKBRUG_PROVISIONING_CLIENT_SECRET", PROVISIONING_SECRET);
        builder.environment().put("WERKBRUG_BASE_URL", "http://localhost:" + portalPort);
        long started = System.currentTimeMillis();
        Process process = builder.start();
        waitUntilReady("http://127.0.0.1:" + keycloakPort + "/realms/twente/.well-known/openid-configuration", process);
        long took = System.currentTimeMillis() - started;
        System.out.printf("Keycloak 26 ready on port %d in %d ms%n", keycloakPort, took);
        return new Running(keycloakPort, portalPort, process, took);
    }

    /**
     * Keycloak down, the way a hung or unreachable server is: its processes are stopped (SIGSTOP), so the port still
     * accepts connections but nothing answers. Pair with {@link #resume()} in a {@code finally}: the Keycloak tests
     * that run later need it.
     */
    public static void pause() {
        signal("-STOP");
    }

    /** Lets a {@link #pause() paused} Keycloak run again and waits until its realm answers. */
    public static void resume() {
        signal("-CONT");
        try {
            waitUntilReady(running().issuer() + "/.well-known/openid-configuration", running().process());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void signal(String signal) {
        List<String> command = new java.util.ArrayList<>(List.of("kill", signal, String.valueOf(running().process().pid())));
        running().process().descendants().forEach(child -> command.add(String.valueOf(child.pid())));
        try {
            int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntilReady(String url, Process process) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        // Generous: it boots at low priority while the concurrent test classes keep both cores busy, and gets almost
        // no CPU while the machine is busy with more (581 s to be ready in a run beside two other builds).
        long deadline = System.currentTimeMillis() + Duration.ofMinutes(20).toMillis();
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
        throw new IllegalStateException("Keycloak was not ready within 20 minutes; see target/keycloak.log");
    }

    private static void stop(@org.jspecify.annotations.Nullable Running server) {
        if (server == null || !server.process().isAlive()) {
            return;
        }
        Process process = server.process();
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
    }

    /**
     * A free port below Linux's ephemeral range (32768 and up): the portal binds it only when the Keycloak tests run,
     * minutes later, and contexts started meanwhile with port 0 get ephemeral ports, so none of them can take it.
     */
    private static int freePortBelowEphemeralRange() throws IOException {
        for (int port = 20_000 + (int) (ProcessHandle.current().pid() % 500) * 10; port < 32_000; port++) {
            try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try the next one
            }
        }
        throw new IOException("No free port between 20000 and 32000");
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
