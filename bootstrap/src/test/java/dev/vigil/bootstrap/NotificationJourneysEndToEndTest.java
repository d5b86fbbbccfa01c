package dev.vigil.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.vigil.application.port.in.check.HistoryRetention;
import dev.vigil.bootstrap.jobs.JobIntervals;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks, incidents, maintenance and notifications together in the real application (port 0, a temporary database,
 * a loopback health endpoint and a loopback webhook receiver). Time that matters (the coalescing window, a heartbeat's
 * deadline, how long an outage lasts, a maintenance window's end) is moved with the application's clock, so nothing
 * waits for it; background jobs run every 200 ms.
 */
class NotificationJourneysEndToEndTest {
    private static final String KEY = "journeys-end-to-end-key-0123456789";
    private static final String SECRET = "whsec_journeys-secret-0123456789";
    private static final JobIntervals FAST = new JobIntervals(Duration.ofMillis(200), Duration.ofMillis(200),
            Duration.ofSeconds(1), Duration.ofSeconds(1));
    /** Longer than any of these journeys takes in real time, so only a jump of the clock ends it. */
    private static final Duration COALESCING = Duration.ofMinutes(2);
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;
    private final ShiftableClock clock = new ShiftableClock();
    private final AtomicInteger health = new AtomicInteger(200);
    private HttpServer target;
    private WebhookReceiver receiver;
    private VigilApp app;
    private HttpSession api;

    @BeforeEach
    void start() throws Exception {
        target = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        target.createContext("/health", ex -> {
            byte[] body = (health.get() == 200 ? "ok" : "unavailable").getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(health.get(), body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        target.start();
        receiver = new WebhookReceiver();
        NotificationSettings notifications = new NotificationSettings(Optional.of("https://status.example.com"),
                URI.create("https://api.telegram.org"), COALESCING, Duration.ofSeconds(10), Duration.ofSeconds(2));
        AppConfig config = new AppConfig("127.0.0.1", 0, folder.resolve("vigil.db"), Optional.of(KEY),
                AppConfig.DEFAULT_MAX_BODY).withNotifications(notifications);
        app = VigilApp.start(config, line -> { }, clock, FAST);
        api = new HttpSession(app.port(), KEY);
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        receiver.close();
        target.stop(0);
    }

    // --- helpers

    private long system(String name, int autoIncidentAfter) {
        var created = api.post("/api/systems", "{\"name\":\"" + name + "\",\"auto_incident_after\":" + autoIncidentAfter
                + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private long dependency(long system, String name) {
        return api.post("/api/systems/" + system + "/dependencies", "{\"name\":\"" + name + "\"}").json().get("id")
                .asLong();
    }

    /** An HTTP check of the loopback health endpoint, green after a first run; the scheduler leaves it alone after. */
    private void httpCheck(long dependency, int failureThreshold) {
        var check = api.put("/api/dependencies/" + dependency + "/check", "{\"type\":\"http\",\"url\":\"http://127.0.0.1:"
                + target.getAddress().getPort() + "/health\",\"interval\":3600,\"failure_threshold\":"
                + failureThreshold + "}");
        assertThat(check.status()).as(check.body()).isEqualTo(200);
        assertThat(runCheck(dependency).get("result").get("result").asText()).isEqualTo("up");
    }

    private JsonNode runCheck(long dependency) {
        return api.post("/api/dependencies/" + dependency + "/check", null).json();
    }

    private long webhook(String... events) {
        var created = api.post("/api/webhooks", "{\"name\":\"Ops\",\"url\":\"" + receiver.url("/vigil")
                + "\",\"secret\":\"" + SECRET + "\",\"events\":[\"" + String.join("\",\"", events) + "\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private String status(String path) {
        return api.get(path).json().get("status").asText();
    }

    private static String hmac(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    /** The {@code n}th message (from 1), once it arrived: signed, and its body. */
    private JsonNode message(int n) throws Exception {
        WebhookReceiver.Request request = receiver.await(n, PATIENCE).get(n - 1);
        assertThat(request.header("X-Vigil-Signature")).isEqualTo(hmac(request.body()));
        JsonNode body = JSON.readTree(request.body());
        assertThat(request.header("X-Vigil-Event")).isEqualTo(body.get("event").asText());
        return body;
    }

    /** The webhook's deliveries once {@code done} holds for them (delivery happens in the background). */
    private JsonNode deliveries(long webhook, Predicate<JsonNode> done) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        JsonNode list = api.get("/api/webhooks/" + webhook + "/deliveries").json();
        while (!done.test(list) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            list = api.get("/api/webhooks/" + webhook + "/deliveries").json();
        }
        return list;
    }

    private static boolean allDelivered(JsonNode list, int count) {
        if (list.size() != count) {
            return false;
        }
        for (JsonNode d : list) {
            if (!d.get("state").asText().equals("delivered")) {
                return false;
            }
        }
        return true;
    }

    private void eventually(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("not within " + PATIENCE + ": " + what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    // --- journeys

    @Test
    void aFailingHttpCheck_turnsTheSystemRed_andTheReceiverGetsOneSignedMessageNamingTheCause_thenTheRecovery()
            throws Exception {
        long checkout = system("Checkout API", 0);
        long db = dependency(checkout, "PostgreSQL");
        httpCheck(db, 3);
        long hook = webhook("status_change");

        health.set(503);
        runCheck(db);
        JsonNode degraded = message(1);
        runCheck(db);
        runCheck(db);

        assertThat(degraded.get("title").asText()).isEqualTo("Checkout API: Degraded");
        assertThat(degraded.get("text").asText()).isEqualTo("Checkout API went from Operational to Degraded.\n"
                + "Cause: PostgreSQL is Degraded: Check failed once: HTTP 503 (expected 2xx)");
        assertThat(status("/api/dependencies/" + db)).isEqualTo("red");
        assertThat(status("/api/systems/" + checkout)).isEqualTo("red");
        JsonNode waiting = api.get("/api/webhooks/" + hook + "/deliveries").json().get(0);
        assertThat(waiting.get("state").asText()).as("the outage waits for the end of the coalescing window")
                .isEqualTo("pending");
        assertThat(waiting.get("events")).hasSize(2);

        clock.jump(COALESCING.plusSeconds(1));
        JsonNode outage = message(2);

        assertThat(outage.get("event").asText()).isEqualTo("status_change");
        assertThat(outage.get("title").asText()).isEqualTo("Checkout API: Outage");
        assertThat(outage.get("text").asText()).isEqualTo("Checkout API went from Degraded to Outage.\n"
                + "Cause: PostgreSQL is Outage: Check failed 3 times in a row: HTTP 503 (expected 2xx)");
        assertThat(outage.get("cause").get("name").asText()).isEqualTo("PostgreSQL");
        assertThat(outage.get("source").asText()).isEqualTo("rollup");
        assertThat(outage.get("link").asText()).isEqualTo("https://status.example.com/status/checkout-api");
        assertThat(outage.get("events")).extracting(e -> e.get("status_change").get("source").asText())
                .containsExactly("check", "rollup");

        health.set(200);
        runCheck(db);
        clock.jump(COALESCING.plusSeconds(1));
        JsonNode recovered = message(3);

        assertThat(recovered.get("title").asText()).isEqualTo("Checkout API: Operational");
        assertThat(recovered.get("old_status").asText()).isEqualTo("red");
        assertThat(recovered.get("new_status").asText()).isEqualTo("green");
        assertThat(deliveries(hook, l -> allDelivered(l, 3))).as("one message each: degraded, outage, recovery")
                .hasSize(3).allSatisfy(d -> assertThat(d.get("state").asText()).isEqualTo("delivered"));
    }

    @Test
    void aPushCheckThatStopsPinging_reachesTheReceiver_asHeartbeatMissing() throws Exception {
        long jobs = system("Nightly jobs", 0);
        long backup = dependency(jobs, "Backup");
        String token = api.put("/api/dependencies/" + backup + "/check", "{\"type\":\"push\",\"period\":300,\"grace\":60}")
                .json().get("check").get("push_token").asText();
        assertThat(api.withKey(null).get("/api/push/" + token).status()).isEqualTo(200);
        Instant pinged = clock.instant();
        long hook = webhook("heartbeat_missing");

        clock.jump(Duration.ofMinutes(6).plusSeconds(5));
        JsonNode missing = message(1);

        assertThat(missing.get("event").asText()).isEqualTo("heartbeat_missing");
        assertThat(missing.get("title").asText()).isEqualTo("Nightly jobs / Backup: heartbeat missing");
        assertThat(missing.get("text").asText()).startsWith("Backup (a dependency of Nightly jobs) did not call in: "
                + "a heartbeat was due by ");
        assertThat(missing.get("severity").asText()).isEqualTo("danger");
        JsonNode details = missing.get("details");
        assertThat(details.get("dependency_id").asLong()).isEqualTo(backup);
        assertThat(Instant.parse(details.get("last_ping_at").asText())).isBetween(pinged.minusSeconds(5), pinged);
        assertThat(Duration.between(Instant.parse(details.get("last_ping_at").asText()),
                Instant.parse(details.get("due_by").asText()))).isEqualTo(Duration.ofSeconds(360));
        assertThat(missing.get("link").asText()).isEqualTo("https://status.example.com/status/nightly-jobs");
        assertThat(status("/api/dependencies/" + backup)).isEqualTo("red");
        assertThat(deliveries(hook, l -> allDelivered(l, 1))).hasSize(1);
    }

    @Test
    void anOutageLongerThanAutoIncidentAfter_opensAnIncident_andRecoveryResolvesIt_bothNotified() throws Exception {
        long checkout = system("Checkout API", 60);
        long db = dependency(checkout, "PostgreSQL");
        httpCheck(db, 1);
        long hook = webhook("incident_opened", "incident_updated", "incident_resolved");

        health.set(503);
        runCheck(db);
        assertThat(status("/api/systems/" + checkout)).isEqualTo("red");
        Thread.sleep(600);
        assertThat(api.get("/api/incidents/active").json()).as("not before auto_incident_after").isEmpty();
        clock.jump(Duration.ofSeconds(61));
        JsonNode opened = message(1);

        assertThat(opened.get("event").asText()).isEqualTo("incident_opened");
        assertThat(opened.get("title").asText()).isEqualTo("Incident: Checkout API is down");
        assertThat(opened.get("text").asText()).startsWith("Vigil opened an incident affecting Checkout API (major "
                + "impact).\nCheckout API has been in outage since ").contains("Dependency PostgreSQL is red");
        assertThat(opened.get("details").get("origin").asText()).isEqualTo("automatic");
        assertThat(opened.get("details").get("impact").asText()).isEqualTo("major");
        long incident = opened.get("details").get("incident_id").asLong();
        assertThat(api.get("/api/incidents/" + incident).json().get("state").asText()).isEqualTo("investigating");

        health.set(200);
        runCheck(db);
        JsonNode resolved = message(2);

        assertThat(resolved.get("event").asText()).isEqualTo("incident_resolved");
        assertThat(resolved.get("title").asText()).isEqualTo("Resolved: Checkout API is down");
        assertThat(resolved.get("details").get("incident_id").asLong()).isEqualTo(incident);
        assertThat(resolved.get("details").get("duration_seconds").asDouble()).isGreaterThanOrEqualTo(61);
        assertThat(resolved.get("text").asText()).startsWith("The incident affecting Checkout API is resolved after 1 min")
                .contains("Recovered after 1 min");
        assertThat(api.get("/api/incidents/" + incident).json().get("state").asText()).isEqualTo("resolved");
        assertThat(deliveries(hook, l -> allDelivered(l, 2))).as("no update in between: red went straight to green")
                .hasSize(2);
    }

    @Test
    void duringMaintenance_aFailingCheckIsNeitherNotifiedNorAnIncident_andTheWindowsStartAndEndAre() throws Exception {
        long checkout = system("Checkout API", 1);
        long db = dependency(checkout, "PostgreSQL");
        httpCheck(db, 1);
        long hook = webhook("status_change", "maintenance_started", "maintenance_completed", "incident_opened");
        Instant start = clock.instant().truncatedTo(ChronoUnit.SECONDS);

        var window = api.post("/api/maintenances", "{\"title\":\"Database upgrade\",\"start_time\":\"" + start
                + "\",\"end_time\":\"" + start.plus(Duration.ofMinutes(10)) + "\",\"system_ids\":[" + checkout + "]}");
        assertThat(window.status()).as(window.body()).isEqualTo(201);
        JsonNode started = message(1);

        assertThat(started.get("event").asText()).isEqualTo("maintenance_started");
        assertThat(started.get("title").asText()).isEqualTo("Maintenance started: Database upgrade");
        assertThat(started.get("text").asText()).startsWith("Checkout API is in maintenance until ");
        assertThat(status("/api/systems/" + checkout)).isEqualTo("maintenance");

        health.set(503);
        runCheck(db);
        clock.jump(Duration.ofMinutes(2));
        Thread.sleep(1000);

        assertThat(status("/api/dependencies/" + db)).isEqualTo("red");
        assertThat(status("/api/systems/" + checkout)).isEqualTo("maintenance");
        assertThat(api.get("/api/incidents").json()).as("no automatic incident during maintenance").isEmpty();
        assertThat(api.get("/api/webhooks/" + hook + "/deliveries").json()).as("nothing queued but the start").hasSize(1);

        health.set(200);
        runCheck(db);
        clock.jump(Duration.ofMinutes(8).plusSeconds(1));
        eventually("the window ends", () -> status("/api/systems/" + checkout).equals("green"));
        List<JsonNode> afterwards = List.of(message(2), message(3));

        assertThat(afterwards).extracting(m -> m.get("event").asText())
                .containsExactlyInAnyOrder("maintenance_completed", "status_change");
        JsonNode completed = afterwards.stream().filter(m -> m.get("event").asText().equals("maintenance_completed"))
                .findFirst().orElseThrow();
        JsonNode back = afterwards.stream().filter(m -> m.get("event").asText().equals("status_change")).findFirst()
                .orElseThrow();
        assertThat(completed.get("title").asText()).isEqualTo("Maintenance completed: Database upgrade");
        assertThat(completed.get("details").get("cancelled").asBoolean()).isFalse();
        assertThat(back.get("title").asText()).isEqualTo("Checkout API: Operational");
        assertThat(back.get("old_status").asText()).isEqualTo("maintenance");
        assertThat(back.get("source").asText()).isEqualTo("maintenance");
        assertThat(deliveries(hook, l -> allDelivered(l, 3))).as("start, end, and the status the window left")
                .hasSize(3);
        assertThat(api.get("/api/incidents").json()).isEmpty();
    }
}
