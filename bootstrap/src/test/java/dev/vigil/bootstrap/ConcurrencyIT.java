package dev.vigil.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, part 3: API writers in parallel with a stream of check results (push heartbeats) at a target rate, while
 * readers poll /api/systems and /status.json. No client sees a 5xx or SQLITE_BUSY, every acknowledged result is a
 * row, and reads stay fast. {@code -Dvigil.concurrency.seconds=60} is the full run (CI runs a shorter one);
 * {@code -Dvigil.concurrency.rate} sets the target rate (default 2000/s).
 */
class ConcurrencyIT {
    private static final int SECONDS = Integer.getInteger("vigil.concurrency.seconds", 15);
    private static final int RATE = Integer.getInteger("vigil.concurrency.rate", 2000);
    /** The rate the run must at least reach to count (2 shared cores in CI); the reached rate is printed. */
    private static final int MIN_RATE = Integer.getInteger("vigil.concurrency.minRate", 200);
    private static final long READ_P99_BOUND_MS = Long.getLong("vigil.concurrency.readP99Ms", 2000);
    private static final String KEY = "concurrency-admin-key-0123456789";
    private static final int DEPENDENCIES = 40;

    @TempDir
    Path folder;

    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();

    @Test
    void writersAndTwoThousandResultsASecond_noBusyNoLossAndFastReads() throws Exception {
        Path db = folder.resolve("vigil.db");
        AppConfig config = new AppConfig("127.0.0.1", 0, db, Optional.of(KEY), AppConfig.DEFAULT_MAX_BODY);
        try (VigilApp app = VigilApp.start(config, line -> { }, Clock.systemUTC())) {
            HttpSession api = new HttpSession(app.port(), KEY);
            long system = api.post("/api/systems", "{\"name\":\"Checkout API\"}").json().get("id").asLong();
            List<String> tokens = new ArrayList<>();
            List<Long> pushed = new ArrayList<>();
            for (int i = 0; i < DEPENDENCIES; i++) {
                long dependency = api.post("/api/systems/" + system + "/dependencies", "{\"name\":\"job " + i + "\"}")
                        .json().get("id").asLong();
                var check = api.put("/api/dependencies/" + dependency + "/check",
                        "{\"type\":\"push\",\"period\":86400,\"grace\":3600}");
                tokens.add(check.json().get("check").get("push_token").asText());
                pushed.add(dependency);
            }
            long manual = api.post("/api/systems", "{\"name\":\"Payments\"}").json().get("id").asLong();

            AtomicBoolean running = new AtomicBoolean(true);
            List<Long> readMillis = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger apiWrites = new AtomicInteger();
            List<Thread> threads = new ArrayList<>();
            // Writers: new systems, manual status changes, counters.
            threads.add(loop(running, () -> {
                check(api.post("/api/systems", "{\"name\":\"load " + System.nanoTime() + "\"}"), 201);
                apiWrites.incrementAndGet();
            }));
            AtomicInteger flip = new AtomicInteger();
            threads.add(loop(running, () -> {
                String status = flip.incrementAndGet() % 2 == 0 ? "yellow" : "green";
                check(api.post("/api/systems/" + manual + "/status", "{\"status\":\"" + status + "\"}"), 200);
                apiWrites.incrementAndGet();
            }));
            threads.add(loop(running, () -> {
                check(api.put("/api/counters/load", "{\"value\":" + flip.get() + "}"), 200);
                apiWrites.incrementAndGet();
            }));
            // Readers.
            for (String path : List.of("/api/systems", "/status.json")) {
                threads.add(loop(running, () -> {
                    long t0 = System.nanoTime();
                    check(api.get(path), 200);
                    readMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
                    Thread.sleep(20);
                }));
            }

            // The check results: push heartbeats at RATE per second, at most 64 in flight.
            HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4))
                    .connectTimeout(Duration.ofSeconds(5)).build();
            Semaphore inFlight = new Semaphore(64);
            AtomicLong sent = new AtomicLong();
            Map<String, AtomicInteger> acknowledged = new ConcurrentHashMap<>();
            long start = System.nanoTime();
            long end = start + TimeUnit.SECONDS.toNanos(SECONDS);
            while (System.nanoTime() < end) {
                long due = (System.nanoTime() - start) * RATE / 1_000_000_000L;
                if (sent.get() >= due) {
                    Thread.sleep(1);
                    continue;
                }
                inFlight.acquire();
                String token = tokens.get((int) (sent.getAndIncrement() % tokens.size()));
                client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/push/"
                                + token)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString())
                        .whenComplete((reply, failure) -> {
                            inFlight.release();
                            if (failure != null) {
                                problems.add("push failed: " + failure);
                            } else if (reply.statusCode() == 200) {
                                acknowledged.computeIfAbsent(token, t -> new AtomicInteger()).incrementAndGet();
                            } else {
                                problems.add("push answered " + reply.statusCode() + " " + reply.body());
                            }
                        });
            }
            inFlight.acquire(64); // every push answered
            double seconds = (System.nanoTime() - start) / 1e9;
            running.set(false);
            for (Thread t : threads) {
                t.join(30_000);
            }
            long acked = acknowledged.values().stream().mapToLong(AtomicInteger::get).sum();

            List<Long> reads = new ArrayList<>(readMillis);
            Collections.sort(reads);
            long p50 = reads.get(reads.size() / 2);
            long p99 = reads.get((int) Math.min(reads.size() - 1, Math.ceil(reads.size() * 0.99) - 1));
            long max = reads.get(reads.size() - 1);
            long rows = rows(db, pushed);
            System.out.printf("%nConcurrency: %d s target %d results/s: %d sent, %d acknowledged (%.0f/s), %d rows; "
                            + "%d API writes; %d reads p50 %d ms, p99 %d ms, max %d ms; answers %s; problems %d%n",
                    SECONDS, RATE, sent.get(), acked, acked / seconds, rows, apiWrites.get(), reads.size(), p50, p99,
                    max, statuses, problems.size());

            assertThat(problems).as("5xx, SQLITE_BUSY, failed or refused requests").isEmpty();
            assertThat(acked).isEqualTo(sent.get());
            assertThat(rows).as("check_results rows of the pushed dependencies").isEqualTo(acked);
            assertThat(acked / seconds).as("results per second reached").isGreaterThanOrEqualTo(MIN_RATE);
            assertThat(apiWrites.get()).as("API writes alongside").isGreaterThan(SECONDS);
            assertThat(p99).as("read p99 in ms").isLessThan(READ_P99_BOUND_MS);
        }
    }

    private static long rows(Path db, List<Long> dependencies) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM check_results WHERE dependency_id IN ("
                     + String.join(",", dependencies.stream().map(String::valueOf).toList()) + ")")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void check(HttpSession.Reply reply, int expected) {
        statuses.computeIfAbsent(reply.status(), s -> new AtomicInteger()).incrementAndGet();
        if (reply.status() != expected || reply.body().contains("SQLITE_BUSY") || reply.body().contains("locked")) {
            problems.add(reply.status() + " " + reply.body());
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private Thread loop(AtomicBoolean running, Step step) {
        Thread t = new Thread(() -> {
            while (running.get()) {
                try {
                    step.run();
                } catch (Exception e) {
                    problems.add("request failed: " + e);
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
