package nl.werkbrug.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Response times and errors per request type of one run, written as a tab-separated table when the simulation ends
 * (Gatling 3.14 keeps its own log binary and its statistics inside the HTML report): one line per request type in
 * the order they first occurred, one "all" line, and the "all" of the two phases: "all (ramp)", the requests sent
 * while users were still arriving (and logging in), and "all (hold)", those sent once every user had arrived; with
 * requests, errors, p50, p95, p99 and max in milliseconds (nearest rank over the requests that got a response; a
 * request without a response counts as an error only).
 */
final class LoadStatistics {

    private record Type(AtomicInteger requests, AtomicInteger errors, ConcurrentLinkedQueue<Long> times) {

        Type() {
            this(new AtomicInteger(), new AtomicInteger(), new ConcurrentLinkedQueue<>());
        }

        void count(long millis, boolean failed) {
            requests.incrementAndGet();
            if (failed) {
                errors.incrementAndGet();
            }
            if (millis >= 0) {
                times.add(millis);
            }
        }

        String line(String name) {
            return LoadStatistics.line(name, requests.get(), errors.get(), new ArrayList<>(times));
        }
    }

    private static final Map<String, Type> TYPES = new ConcurrentHashMap<>();
    private static final List<String> ORDER = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final Type RAMP = new Type();
    private static final Type HOLD = new Type();

    private LoadStatistics() {
    }

    static void record(String name, long millis, boolean failed, boolean sentInHold) {
        TYPES.computeIfAbsent(name, key -> {
            ORDER.add(key);
            return new Type();
        }).count(millis, failed);
        (sentInHold ? HOLD : RAMP).count(millis, failed);
    }

    static void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("request\trequests\terrors\tp50\tp95\tp99\tmax");
        List<Long> all = new ArrayList<>();
        int requests = 0;
        int errors = 0;
        for (String name : ORDER) {
            Type type = TYPES.get(name);
            all.addAll(type.times());
            requests += type.requests().get();
            errors += type.errors().get();
            lines.add(type.line(name));
        }
        lines.add(line("all", requests, errors, all));
        lines.add(RAMP.line("all (ramp)"));
        lines.add(HOLD.line("all (hold)"));
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, lines);
    }

    private static String line(String name, int requests, int errors, List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        sorted.sort(null);
        return name + "\t" + requests + "\t" + errors + "\t" + rank(sorted, 50) + "\t" + rank(sorted, 95) + "\t"
                + rank(sorted, 99) + "\t" + (sorted.isEmpty() ? "-" : sorted.get(sorted.size() - 1));
    }

    /** Nearest rank: the smallest value with at least {@code percent} % of the values at or below it. */
    private static String rank(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return "-";
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return String.valueOf(sorted.get(Math.max(0, index)));
    }
}
