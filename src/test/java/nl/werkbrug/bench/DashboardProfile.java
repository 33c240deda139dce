package nl.werkbrug.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A Java Flight Recording (the JDK's "profile" settings) of the benchmark's end-to-end lag runs, and where its CPU
 * samples went: per listener (the outermost frame of the portal's code on a thread's stack, which on the event
 * executor's threads is the listener that runs), and per layer on those stacks (the event publication registry, the
 * transaction begin with its row-level security settings, Hibernate, the JDBC driver waiting for or talking to
 * PostgreSQL). Only the JVM's samples: PostgreSQL's own CPU is another process and not in them.
 */
final class DashboardProfile implements AutoCloseable {

    /** The platform's advice around every listener and the tenant context: not the listener itself. */
    private static final java.util.Set<String> WRAPPERS = java.util.Set.of(
            "nl.werkbrug.platform.internal.TenantEventListeners", "nl.werkbrug.tenancy.TenantContext");

    /** The benchmark's own frames, by what they do (JFR keeps the innermost 64 frames, so a deep stack may lack its outer ones). */
    private static final Map<String, String> LABELS = Map.of(
            "bench.DashboardBenchmark.lambda$offered$1", "the benchmark's poller (two index-only counts every 50 ms)",
            "bench.DashboardBenchmark.lambda$offered$2", "the benchmark's publishing transactions (events, registry rows)",
            "bench.DashboardBenchmark.lambda$offered$3", "the benchmark's publishing transactions (events, registry rows)",
            "bench.DashboardBenchmark.offered", "the benchmark's publishing transactions (events, registry rows)",
            "bench.DashboardBenchmark.the_regional_dashboard_over_10000000_facts_and_the_projection_lag",
            "the benchmark's publishing transactions (events, registry rows)");

    private final Recording recording;
    private final Path file;

    DashboardProfile(Path file) throws IOException, java.text.ParseException {
        this.file = file;
        this.recording = new Recording(Configuration.getConfiguration("profile"));
        recording.start();
    }

    private boolean closed;

    /** Stops the recording and writes it; once (a second call does nothing). */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        recording.stop();
        recording.dump(file);
        recording.close();
    }

    /** The samples per listener and per layer, as Markdown tables. */
    String summary() throws IOException {
        return summary(file);
    }

    /** Summarises a recording written before: {@code java -cp target/test-classes nl.werkbrug.bench.DashboardProfile FILE}. */
    public static void main(String[] args) throws IOException {
        System.out.println(summary(Path.of(args[0])));
    }

    /** The samples of {@code file} per listener and per layer, as Markdown tables. */
    static String summary(Path file) throws IOException {
        Map<String, Integer> byOwner = new HashMap<>();
        Map<String, Integer> byLayer = new HashMap<>();
        int total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            total++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            String found = null;
            boolean wrapped = false;
            for (RecordedFrame frame : frames) {
                String type = frame.getMethod().getType().getName();
                if (WRAPPERS.contains(type)) {
                    wrapped = true;
                } else if (type.startsWith("nl.werkbrug.") && !type.contains("$$")) {
                    found = type.replace("nl.werkbrug.", "") + "." + frame.getMethod().getName();
                }
            }
            String owner = found != null ? found : wrapped ? "a listener's invocation outside the portal's own "
                    + "methods (Spring's transaction interceptor and the registry's completion), any listener"
                    : "other (JVM, GC, other threads)";
            byOwner.merge(LABELS.getOrDefault(owner, owner), 1, Integer::sum);
            byLayer.merge(layer(frames), 1, Integer::sum);
        }
        return table("where the JVM's CPU samples went, by the outermost frame of the portal's code below the platform's "
                + "listener advice and the tenant context (the listener, the projector, the benchmark's publisher and "
                + "poller)", byOwner, total) + "\n"
                + table("the same samples by layer (the innermost match on the stack)", byLayer, total);
    }

    private static String layer(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            if (type.startsWith("org.postgresql.")) {
                return "JDBC driver (statements to PostgreSQL and their results)";
            }
            if (type.startsWith("org.hibernate.")) {
                return "Hibernate (entity managers, sessions, flushes)";
            }
            if (type.startsWith("com.zaxxer.hikari.")) {
                return "connection pool";
            }
            if (type.startsWith("org.springframework.modulith.events.")) {
                return "the event publication registry (Spring Modulith)";
            }
            if (type.startsWith("org.springframework.transaction.") || type.startsWith("org.springframework.orm.")) {
                return "transaction management (begin with the RLS settings, commit)";
            }
            if (type.startsWith("nl.werkbrug.")) {
                return "the portal's own code";
            }
        }
        return "other (Spring's proxies and executors, JVM, GC)";
    }

    private static String table(String title, Map<String, Integer> counts, int total) {
        StringBuilder out = new StringBuilder("| " + title + " | samples | share |\n|---|---|---|\n");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(20)
                .forEach(entry -> out.append("| %s | %,d | %.1f %% |%n".formatted(entry.getKey(), entry.getValue(),
                        100.0 * entry.getValue() / Math.max(1, total))));
        return out.append("| all | %,d | 100 %% |%n".formatted(total)).toString();
    }
}
