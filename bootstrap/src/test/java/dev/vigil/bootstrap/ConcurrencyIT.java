package dev.vigil.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.adapters.probes.SchedulerStats;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, part 3: parallel API writers together with 2,000 check results a second, produced the way Vigil really
 * produces them: 10,000 dependencies with TCP checks every 5 s (loaded with one {@code POST /api/import}), run by
 * the real {@code ProbeScheduler} against loopback listeners and written by its batch writer. Alongside: API writers
 * (new systems, manual status changes, a counter), a small stream of push heartbeats, and readers timing
 * {@code /api/systems} and {@code /status.json}. No client sees a 5xx or {@code SQLITE_BUSY}, no result is lost
 * (dropped 0, every finished run is a row), reads stay fast.
 *
 * <p>{@code -Dvigil.concurrency.seconds=60} is the full run (CI runs a shorter one); {@code vigil.concurrency.checks}
 * (10,000) and the 5 s interval set the produced rate; {@code vigil.concurrency.minRate} is the floor the run must
 * reach on a shared machine.
 */
class ConcurrencyIT {
    private static final int SECONDS = Integer.getInteger("vigil.concurrency.seconds", 20);
    private static final int CHECKS = Integer.getInteger("vigil.concurrency.checks", 10_000);
    private static final int INTERVAL_SECONDS = 5;
    private static final int PER_SYSTEM = 100;
    /** The rate of results the measured window must at least reach (2 shared cores in CI); the reached rate is printed. */
    private static final int MIN_RATE = Integer.getInteger("vigil.concurrency.minRate", 1500);
    private static final long READ_P99_BOUND_MS = Long.getLong("vigil.concurrency.readP99Ms", 2000);
    private static final int PUSH_RATE = Integer.getInteger("vigil.concurrency.pushRate", 50);
    private static final int PUSH_DEPENDENCIES = 10;
    private static final int LISTENERS = 8;
    private static final String KEY = "concurrency-admin-key-0123456789";

    @TempDir
    Path folder;

    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void writersAndTwoThousandProbeResultsASecond_noBusyNoLossAndFastReads() throws Exception {
        Path db = folder.resolve("vigil.db");
        AppConfig config = new AppConfig("127.0.0.1", 0, db, Optional.of(KEY), AppConfig.DEFAULT_MAX_BODY);
        AtomicBoolean running = new AtomicBoolean(true);
        Listeners listeners = Listeners.open(LISTENERS, running);
        List<Long> pushed = new ArrayList<>();
        AtomicLong pushesSent = new AtomicLong();
        AtomicLong pushesAcked = new AtomicLong();
        List<Long> readMillis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger apiWrites = new AtomicInteger();
        List<Long> writeMillis = Collections.synchronizedList(new ArrayList<>());
        SchedulerStats before;
        SchedulerStats atEnd;
        SchedulerStats afterStop;
        double window;
        double importSeconds;
        double warmUpSeconds;
        VigilApp app = VigilApp.start(config, line -> { }, Clock.systemUTC());
        try (app) {
            HttpSession api = new HttpSession(app.port(), KEY);

            // The fleet: one system and dependency with a TCP check made through the API, exported, and cloned into
            // CHECKS dependencies (PER_SYSTEM per system) imported with one merge.
            long sampleSystem = api.post("/api/systems", "{\"name\":\"Sample\"}").json().get("id").asLong();
            long sample = api.post("/api/systems/" + sampleSystem + "/dependencies", "{\"name\":\"sample\"}")
                    .json().get("id").asLong();
            check(api.put("/api/dependencies/" + sample + "/check", "{\"type\":\"tcp\",\"host\":\"127.0.0.1\",\"port\":"
                    + listeners.port(0) + ",\"interval\":" + INTERVAL_SECONDS + ",\"timeout\":2}"), 200);
            long t0 = System.nanoTime();
            Reply imported = importFleet(app.port(), api.get("/api/export").json(), sampleSystem, sample, listeners);
            importSeconds = (System.nanoTime() - t0) / 1e9;
            assertThat(imported.status()).as(imported.body()).isEqualTo(200);
            assertThat(mapper.readTree(imported.body()).get("imported").get("checks").asInt()).isEqualTo(CHECKS);

            // Push checks: a smaller stream of heartbeats (one HTTP request and one write transaction each).
            long manual = api.post("/api/systems", "{\"name\":\"Payments\"}").json().get("id").asLong();
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < PUSH_DEPENDENCIES; i++) {
                long dependency = api.post("/api/systems/" + manual + "/dependencies", "{\"name\":\"job " + i + "\"}")
                        .json().get("id").asLong();
                tokens.add(api.put("/api/dependencies/" + dependency + "/check",
                        "{\"type\":\"push\",\"period\":86400,\"grace\":3600}").json().get("check").get("push_token")
                        .asText());
                pushed.add(dependency);
            }

            // Warm-up: the scheduler takes the new checks in at its next refresh (every 5 s) and places each first
            // run within one interval; measure from one interval after it holds them all.
            long w0 = System.nanoTime();
            while (app.checkScheduler().checks() < CHECKS + 1) {
                assertThat(System.nanoTime() - w0).as("scheduler took the imported checks in")
                        .isLessThan(TimeUnit.SECONDS.toNanos(60));
                Thread.sleep(100);
            }
            Thread.sleep(INTERVAL_SECONDS * 1000L + 1000);
            // Each imported dependency's first result changes its status (unknown to green: a log entry, an event and
            // a roll-up each), 10,000 changes the writer works through first; measure the steady state after it.
            while (app.checkScheduler().resultsWritten() < CHECKS || app.checkScheduler().resultsQueued() > 2000) {
                assertThat(System.nanoTime() - w0).as("writer caught up with the first results")
                        .isLessThan(TimeUnit.SECONDS.toNanos(180));
                Thread.sleep(100);
            }
            warmUpSeconds = (System.nanoTime() - w0) / 1e9;

            List<Thread> threads = new ArrayList<>();
            // Writers: new systems, manual status changes, counters.
            threads.add(loop(running, () -> {
                long a0 = System.nanoTime();
                check(api.post("/api/systems", "{\"name\":\"load " + System.nanoTime() + "\"}"), 201);
                writeMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - a0));
                apiWrites.incrementAndGet();
            }));
            AtomicInteger flip = new AtomicInteger();
            threads.add(loop(running, () -> {
                String status = flip.incrementAndGet() % 2 == 0 ? "yellow" : "green";
                long a0 = System.nanoTime();
                check(api.post("/api/systems/" + manual + "/status", "{\"status\":\"" + status + "\"}"), 200);
                writeMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - a0));
                apiWrites.incrementAndGet();
            }));
            threads.add(loop(running, () -> {
                long a0 = System.nanoTime();
                check(api.put("/api/counters/load", "{\"value\":" + flip.get() + "}"), 200);
                writeMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - a0));
                apiWrites.incrementAndGet();
            }));
            // Readers.
            for (String path : List.of("/api/systems", "/status.json")) {
                threads.add(loop(running, () -> {
                    long r0 = System.nanoTime();
                    check(api.get(path), 200);
                    readMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - r0));
                    Thread.sleep(20);
                }));
            }
            // Heartbeats, paced at PUSH_RATE.
            long start = System.nanoTime();
            threads.add(loop(running, () -> {
                long due = (System.nanoTime() - start) * PUSH_RATE / 1_000_000_000L;
                if (pushesSent.get() >= due) {
                    Thread.sleep(2);
                    return;
                }
                String token = tokens.get((int) (pushesSent.getAndIncrement() % tokens.size()));
                HttpSession.Reply reply = api.get("/api/push/" + token);
                check(reply, 200);
                if (reply.status() == 200) {
                    pushesAcked.incrementAndGet();
                }
            }));

            before = app.checkScheduler();
            Thread.sleep(TimeUnit.SECONDS.toMillis(SECONDS));
            atEnd = app.checkScheduler();
            window = (System.nanoTime() - start) / 1e9;
            running.set(false);
            for (Thread t : threads) {
                t.join(30_000);
            }
        } finally {
            running.set(false);
            listeners.close();
        }
        afterStop = app.checkScheduler(); // closed: every result queued is written

        long produced = atEnd.finished() - before.finished();
        long writtenInWindow = atEnd.resultsWritten() - before.resultsWritten();
        List<Long> reads = new ArrayList<>(readMillis);
        Collections.sort(reads);
        long p50 = percentile(reads, 0.5);
        long p99 = percentile(reads, 0.99);
        long max = reads.get(reads.size() - 1);
        List<Long> writes = new ArrayList<>(writeMillis);
        Collections.sort(writes);
        String pushIds = String.join(",", pushed.stream().map(String::valueOf).toList());
        long probeRows = count(db, "SELECT COUNT(*) FROM check_results WHERE dependency_id NOT IN (" + pushIds + ")");
        long probeFailures = count(db, "SELECT COUNT(*) FROM check_results WHERE verdict <> 0 AND dependency_id NOT IN ("
                + pushIds + ")");
        long pushRows = count(db, "SELECT COUNT(*) FROM check_results WHERE dependency_id IN (" + pushIds + ")");
        System.out.printf(Locale.ROOT, "%nConcurrency: %,d TCP checks every %d s (import %.1f s, warm-up %.1f s), "
                        + "measured %.1f s: %,d results produced (%.0f/s), %,d written (%.0f/s); scheduling lag p50 %d ms, "
                        + "p99 %d ms, max %d ms; after stop: %,d runs finished, %,d written, %d dropped, %d failed batches, "
                        + "%,d probe rows (%d not up), %,d connections accepted%n"
                        + "  pushes %,d sent, %,d acknowledged, %,d rows; %,d API writes (p50 %d ms, p99 %d ms); %,d reads p50 %d ms, p99 %d ms, "
                        + "max %d ms; answers %s; problems %d%n",
                CHECKS + 1, INTERVAL_SECONDS, importSeconds, warmUpSeconds, window, produced, produced / window,
                writtenInWindow, writtenInWindow / window, atEnd.lagP50Ms(), atEnd.lagP99Ms(), atEnd.lagMaxMs(),
                afterStop.finished(), afterStop.resultsWritten(), afterStop.resultsDropped(), afterStop.failedBatches(),
                probeRows, probeFailures, listeners.accepted(), pushesSent.get(), pushesAcked.get(), pushRows,
                apiWrites.get(), percentile(writes, 0.5), percentile(writes, 0.99), reads.size(), p50, p99, max, statuses, problems.size());
        problems.stream().limit(10).forEach(p -> System.out.println("  problem: " + p));
        reasons(db).forEach(r -> System.out.println("  not up: " + r));

        assertThat(problems).as("5xx, SQLITE_BUSY, failed or refused requests").isEmpty();
        assertThat(afterStop.resultsDropped()).as("results dropped by the writer").isZero();
        assertThat(afterStop.failedBatches()).as("batches that failed to write").isZero();
        assertThat(afterStop.inFlight()).as("runs still in flight after stop").isZero();
        assertThat(afterStop.resultsQueued()).as("results still queued after stop").isZero();
        assertThat(afterStop.resultsWritten()).as("every finished run written").isEqualTo(afterStop.finished());
        assertThat(probeRows).as("check_results rows of the probed dependencies").isEqualTo(afterStop.resultsWritten());
        assertThat(probeFailures).as("probe results that were not up (the listeners accept every connection)").isZero();
        assertThat(pushesAcked.get()).isEqualTo(pushesSent.get());
        assertThat(pushRows).as("check_results rows of the pushed dependencies").isEqualTo(pushesAcked.get());
        assertThat(produced / window).as("results per second produced").isGreaterThanOrEqualTo(MIN_RATE);
        assertThat(writtenInWindow / window).as("results per second written").isGreaterThanOrEqualTo(MIN_RATE);
        assertThat(apiWrites.get()).as("API writes alongside").isGreaterThan(SECONDS);
        assertThat(p99).as("read p99 in ms").isLessThan(READ_P99_BOUND_MS);
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.get((int) Math.max(0, Math.min(sorted.size() - 1, Math.ceil(sorted.size() * p) - 1)));
    }

    private record Reply(int status, String body) {
    }

    /**
     * Exports what the API made, and imports CHECKS copies of the sample dependency (its TCP check aimed at the
     * listeners in turn) under systems of PER_SYSTEM each, with ids past every stored one.
     */
    private Reply importFleet(int port, JsonNode export, long sampleSystem, long sample, Listeners listeners)
            throws Exception {
        ObjectNode document = (ObjectNode) export.deepCopy();
        JsonNode systemTemplate = find(export.get("systems"), sampleSystem);
        JsonNode dependencyTemplate = find(export.get("dependencies"), sample);
        long base = 1_000_000;
        ArrayNode systems = mapper.createArrayNode();
        ArrayNode dependencies = mapper.createArrayNode();
        int systemCount = (CHECKS + PER_SYSTEM - 1) / PER_SYSTEM;
        for (int s = 0; s < systemCount; s++) {
            ObjectNode system = (ObjectNode) systemTemplate.deepCopy();
            system.put("id", base + s).put("name", "Fleet " + s).put("slug", "fleet-" + s);
            systems.add(system);
        }
        for (int i = 0; i < CHECKS; i++) {
            ObjectNode dependency = (ObjectNode) dependencyTemplate.deepCopy();
            dependency.put("id", base + i).put("system_id", base + i / PER_SYSTEM).put("name", "target " + i);
            ((ObjectNode) dependency.get("check")).put("port", listeners.port(i % listeners.size()));
            dependencies.add(dependency);
        }
        document.set("systems", systems);
        document.set("dependencies", dependencies);
        document.set("logs", mapper.createArrayNode());
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/import?mode=merge"))
                .timeout(Duration.ofMinutes(5)).header("Authorization", "Bearer " + KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(document))).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }

    private static JsonNode find(JsonNode section, long id) {
        for (JsonNode entity : section) {
            if (entity.get("id").asLong() == id) {
                return entity;
            }
        }
        throw new AssertionError("not exported: " + id + " in " + section);
    }

    /**
     * Loopback TCP targets, served like a real server would: each accepts, and closes its side when the client has
     * closed (the probe closes right after its handshake), so TIME_WAIT stays on the client side where Linux reuses it
     * for loopback; several ports spread the client's ephemeral ports over more address pairs.
     */
    private static final class Listeners implements AutoCloseable {
        private final List<ServerSocketChannel> channels;
        private final List<Selector> selectors = new ArrayList<>();
        private final AtomicLong accepted = new AtomicLong();

        private Listeners(List<ServerSocketChannel> channels) {
            this.channels = channels;
        }

        static Listeners open(int count, AtomicBoolean running) throws IOException {
            List<ServerSocketChannel> channels = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ServerSocketChannel channel = ServerSocketChannel.open();
                channel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
                channel.configureBlocking(false);
                channels.add(channel);
            }
            Listeners listeners = new Listeners(channels);
            for (ServerSocketChannel channel : channels) {
                Selector selector = Selector.open();
                channel.register(selector, SelectionKey.OP_ACCEPT);
                listeners.selectors.add(selector);
                Thread t = new Thread(() -> listeners.serve(selector, running), "tcp-target");
                t.setDaemon(true);
                t.start();
            }
            return listeners;
        }

        private void serve(Selector selector, AtomicBoolean running) {
            ByteBuffer buffer = ByteBuffer.allocate(256);
            while (selector.isOpen()) {
                try {
                    selector.select(100);
                    if (!selector.isOpen()) {
                        return;
                    }
                    for (SelectionKey key : selector.selectedKeys()) {
                        if (key.isValid() && key.isAcceptable()) {
                            SocketChannel socket;
                            while ((socket = ((ServerSocketChannel) key.channel()).accept()) != null) {
                                accepted.incrementAndGet();
                                socket.configureBlocking(false);
                                socket.register(selector, SelectionKey.OP_READ);
                            }
                        } else if (key.isValid() && key.isReadable()) {
                            SocketChannel socket = (SocketChannel) key.channel();
                            int read;
                            try {
                                buffer.clear();
                                read = socket.read(buffer);
                            } catch (IOException reset) {
                                read = -1;
                            }
                            if (read < 0) {
                                key.cancel();
                                socket.close();
                            }
                        }
                    }
                    selector.selectedKeys().clear();
                } catch (IOException | ClosedSelectorException e) {
                    if (running.get()) {
                        System.out.println("listener: " + e);
                    }
                    return;
                }
            }
        }

        int port(int i) {
            return channels.get(i).socket().getLocalPort();
        }

        int size() {
            return channels.size();
        }

        long accepted() {
            return accepted.get();
        }

        @Override
        public void close() throws IOException {
            for (Selector selector : selectors) {
                for (SelectionKey key : selector.keys()) {
                    key.channel().close();
                }
                selector.close();
            }
            for (ServerSocketChannel channel : channels) {
                channel.close();
            }
        }
    }

    /** The most frequent reasons of results that were not up, with their counts. */
    private static List<String> reasons(Path db) throws Exception {
        List<String> reasons = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), reason FROM check_results WHERE verdict <> 0 "
                     + "GROUP BY reason ORDER BY 1 DESC LIMIT 5")) {
            while (rs.next()) {
                reasons.add(rs.getLong(1) + " × " + rs.getString(2));
            }
        }
        return reasons;
    }

    private static long count(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
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
