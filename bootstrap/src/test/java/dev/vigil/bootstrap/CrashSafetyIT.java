package dev.vigil.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, part 2: the packaged jar on a SQLite file, written to through the API and through push heartbeats from
 * several threads, killed with SIGKILL at random moments and started again on the same file, again and again. After
 * every kill the file is intact and holds every write that was acknowledged; webhook deliveries that were queued but
 * not yet sent when it died are sent after a restart.
 */
class CrashSafetyIT {
    private static final String KEY = "crash-safety-admin-key-0123456789";
    private static final int KILLS = Integer.getInteger("vigil.crash.kills", 20);

    @TempDir
    Path folder;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Random random = new Random(Long.getLong("vigil.crash.seed", System.nanoTime()));

    /** Every acknowledged write, to look for after each kill. */
    private final Map<Long, String> systems = new ConcurrentHashMap<>();
    private final Set<String> statusMessages = ConcurrentHashMap.newKeySet();
    private final AtomicInteger pushesAcknowledged = new AtomicInteger();
    private final AtomicInteger pushesSent = new AtomicInteger();
    private final List<String> serverErrors = new CopyOnWriteArrayList<>();

    @Test
    void killedAtRandomMoments_theDatabaseStaysIntact_keepsEveryAcknowledgedWrite_andDeliversWhatWasQueued()
            throws Exception {
        Path db = folder.resolve("vigil.db");
        long started = System.nanoTime();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            // Set up: a system whose dependencies the writers change, a push check, a webhook.
            JarProcess first = start(db);
            HttpSession api = new HttpSession(first.awaitPort(), KEY);
            long system = api.post("/api/systems", "{\"name\":\"Checkout API\"}").json().get("id").asLong();
            long database = api.post("/api/systems/" + system + "/dependencies", "{\"name\":\"PostgreSQL\"}")
                    .json().get("id").asLong();
            long job = api.post("/api/systems/" + system + "/dependencies", "{\"name\":\"Nightly job\"}")
                    .json().get("id").asLong();
            var check = api.put("/api/dependencies/" + job + "/check", "{\"type\":\"push\",\"period\":86400,"
                    + "\"grace\":3600,\"failure_threshold\":1}");
            assertThat(check.status()).as(check.body()).isEqualTo(200);
            String token = check.json().get("check").get("push_token").asText();
            var webhook = api.post("/api/webhooks", "{\"name\":\"Ops\",\"url\":\"" + receiver.url("/hook") + "\"}");
            assertThat(webhook.status()).as(webhook.body()).isEqualTo(201);
            kill(first);

            Set<Long> queuedAtAKill = new TreeSet<>();
            for (int kill = 1; kill <= KILLS; kill++) {
                JarProcess child = start(db);
                int port = child.awaitPort();
                AtomicBoolean running = new AtomicBoolean(true);
                List<Thread> writers = List.of(
                        writer(() -> createSystem(port), running),
                        writer(() -> changeStatus(port, database), running),
                        writer(() -> push(port, token), running),
                        writer(() -> push(port, token), running));
                Thread.sleep(300 + random.nextInt(2200));
                kill(child); // SIGKILL: no shutdown hook, no flush
                running.set(false);
                for (Thread w : writers) {
                    w.join(15_000);
                }
                queuedAtAKill.addAll(verifyFile(db, job, kill));
            }

            // The last start: every delivery queued when a kill came is sent.
            JarProcess last = start(db);
            try {
                HttpSession after = new HttpSession(last.awaitPort(), KEY);
                // Acknowledged ones and perhaps some whose answer the kill cut off.
                assertThat(after.get("/api/systems").json().size()).isGreaterThanOrEqualTo(systems.size() + 1);
                Set<Long> pending = Set.of();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
                do {
                    Thread.sleep(250);
                    pending = ids(db, "SELECT id FROM deliveries WHERE state <> 'delivered'");
                } while (!pending.isEmpty() && System.nanoTime() < deadline);
                assertThat(pending).as("deliveries still not delivered after the restart").isEmpty();
                Set<String> received = new TreeSet<>();
                receiver.await(0, Duration.ZERO).forEach(r -> received.add(r.header("X-Vigil-Delivery")));
                Set<Long> all = ids(db, "SELECT id FROM deliveries");
                assertThat(all).as("deliveries").isNotEmpty();
                for (long id : all) {
                    assertThat(received).as("the receiver got delivery %d", id).contains(String.valueOf(id));
                }
                assertThat(queuedAtAKill).as("deliveries that were queued, not yet sent, when a kill came")
                        .isNotEmpty();
            } finally {
                kill(last);
            }
            assertThat(serverErrors).as("5xx answers").isEmpty();
            assertThat(systems).as("systems created").hasSizeGreaterThan(KILLS);
            assertThat(pushesAcknowledged.get()).as("pushes acknowledged").isGreaterThan(KILLS);
            System.out.printf("%nCrash safety: %d SIGKILLs in %d s; acknowledged before the kills and found after: "
                            + "%d systems, %d status changes, %d push results (of %d sent); %d deliveries were queued "
                            + "at a kill and delivered after a restart%n", KILLS,
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), systems.size(), statusMessages.size(),
                    pushesAcknowledged.get(), pushesSent.get(), queuedAtAKill.size());
        }
    }

    /** The file after a kill: intact, with every acknowledged write; returns the deliveries not yet delivered. */
    private Set<Long> verifyFile(Path db, long job, int kill) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertThat(rs.getString(1)).as("integrity_check after kill %d", kill).isEqualTo("ok");
            }
            Set<Long> stored = new TreeSet<>();
            try (ResultSet rs = s.executeQuery("SELECT id, name FROM systems")) {
                while (rs.next()) {
                    stored.add(rs.getLong(1));
                }
            }
            assertThat(stored).as("acknowledged systems after kill %d", kill).containsAll(systems.keySet());
            Set<String> messages = new TreeSet<>();
            try (ResultSet rs = s.executeQuery("SELECT message FROM status_log WHERE message LIKE 'crash-%'")) {
                while (rs.next()) {
                    messages.add(rs.getString(1));
                }
            }
            assertThat(messages).as("acknowledged status changes after kill %d", kill).containsAll(statusMessages);
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM check_results WHERE dependency_id = " + job)) {
                rs.next();
                assertThat(rs.getLong(1)).as("push results after kill %d", kill)
                        .isGreaterThanOrEqualTo(pushesAcknowledged.get()).isLessThanOrEqualTo(pushesSent.get());
            }
        }
        return ids(db, "SELECT id FROM deliveries WHERE state = 'pending'");
    }

    private static Set<Long> ids(Path db, String sql) throws Exception {
        Set<Long> ids = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    // ------------------------------------------------------------------------------------------- the writers

    private interface Write {
        void once() throws Exception;
    }

    private Thread writer(Write write, AtomicBoolean running) {
        Thread t = new Thread(() -> {
            while (running.get()) {
                try {
                    write.once();
                } catch (Exception dead) {
                    // the server was killed mid-request: not acknowledged, so nothing is expected of it
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    private final AtomicInteger sequence = new AtomicInteger();

    private void createSystem(int port) throws Exception {
        String name = "crash-system-" + sequence.incrementAndGet();
        var reply = new HttpSession(port, KEY).post("/api/systems", "{\"name\":\"" + name + "\"}");
        note(reply);
        if (reply.status() == 201) {
            systems.put(reply.json().get("id").asLong(), name);
        }
    }

    private void changeStatus(int port, long dependency) throws Exception {
        int n = sequence.incrementAndGet();
        String message = "crash-" + n;
        // Always a different status from the one stored (one thread writes it): every acknowledged change is a
        // change, so it is in the status log.
        HttpSession session = new HttpSession(port, KEY);
        String now = session.get("/api/dependencies/" + dependency).json().get("status").asText();
        var reply = session.post("/api/dependencies/" + dependency + "/status",
                "{\"status\":\"" + (now.equals("red") ? "green" : "red") + "\",\"message\":\"" + message + "\"}");
        note(reply);
        if (reply.status() == 200) {
            statusMessages.add(message);
        }
    }

    private void push(int port, String token) throws Exception {
        pushesSent.incrementAndGet();
        var reply = new HttpSession(port, null).get("/api/push/" + token
                + (random.nextInt(10) == 0 ? "?status=down&msg=crash" : ""));
        note(reply);
        if (reply.status() == 200) {
            pushesAcknowledged.incrementAndGet();
        }
    }

    private void note(HttpSession.Reply reply) {
        if (reply.status() >= 500) {
            serverErrors.add(reply.status() + " " + reply.body());
        }
    }

    // ------------------------------------------------------------------------------------------- the child

    /** The jar on {@code db}, with the test's admin key and notifications sent at once. */
    private static JarProcess start(Path db) throws IOException {
        return new JarProcess(db.getParent(), environment -> {
            environment.put("VIGIL_ADMIN_KEY", KEY);
            environment.put("VIGIL_NOTIFY_COALESCE_SECONDS", "0");
            environment.put("VIGIL_WEBHOOK_TIMEOUT_SECONDS", "2");
        }, "--host", "127.0.0.1", "--port", "0", "--db", db.toString());
    }

    /** SIGKILL (Process.destroyForcibly on Linux), and wait for it to be gone. */
    private static void kill(JarProcess child) throws InterruptedException {
        child.process.destroyForcibly();
        assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        List<String> errors = new ArrayList<>();
        for (String line : child.err) {
            if (line.contains(" ERROR ")) {
                errors.add(line);
            }
        }
        assertThat(errors).as("errors logged before the kill").isEmpty();
    }
}
