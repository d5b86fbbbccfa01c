package dev.vigil.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real application with SQLite, the scheduler and the network probe, checking a loopback health endpoint the
 * test runs, and a push heartbeat that stops and comes back.
 */
class CheckJourneyTest {
    @TempDir
    Path folder;
    private final List<String> console = new ArrayList<>();
    private final ShiftableClock clock = new ShiftableClock();
    private final AtomicInteger healthStatus = new AtomicInteger(200);
    private HttpServer target;
    private VigilApp app;
    private HttpSession api;

    @BeforeEach
    void start() throws Exception {
        target = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        target.createContext("/health", ex -> {
            byte[] body = "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(healthStatus.get(), body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        target.start();
        app = VigilApp.start(new AppConfig("127.0.0.1", 0, folder.resolve("vigil.db"), Optional.empty(),
                AppConfig.DEFAULT_MAX_BODY), console::add, clock);
        String key = console.stream().flatMap(String::lines).map(String::strip).filter(s -> s.startsWith("vgl_"))
                .findFirst().orElseThrow();
        api = new HttpSession(app.port(), key);
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        target.stop(0);
    }

    private static JsonNode eventually(Supplier<JsonNode> read, java.util.function.Predicate<JsonNode> done, Duration within)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        JsonNode last = read.get();
        while (!done.test(last) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            last = read.get();
        }
        return last;
    }

    @Test
    void anHttpCheck_isRunByTheScheduler_failuresBreakTheSystem_andItRecovers() throws Exception {
        long system = api.post("/api/systems", "{\"name\":\"Checkout API\"}").json().get("id").asLong();
        long db = api.post("/api/systems/" + system + "/dependencies", "{\"name\":\"PostgreSQL\"}").json().get("id").asLong();
        String url = "http://127.0.0.1:" + target.getAddress().getPort() + "/health";

        var configured = api.put("/api/dependencies/" + db + "/check",
                "{\"type\":\"http\",\"url\":\"" + url + "\",\"interval\":5,\"expect_json_path\":\"status\",\"expect_json_value\":\"ok\"}");
        assertThat(configured.status()).as(configured.body()).isEqualTo(200);
        assertThat(configured.json().get("status").asText()).isEqualTo("unknown");

        JsonNode checked = eventually(() -> api.get("/api/dependencies/" + db).json(),
                d -> !d.get("check").get("last_check_at").isNull(), Duration.ofSeconds(30));
        assertThat(checked.get("status").asText()).isEqualTo("green");
        assertThat(checked.get("check").get("last_status_code").asInt()).isEqualTo(200);

        healthStatus.set(503);
        for (int i = 0; i < 3; i++) {
            api.post("/api/dependencies/" + db + "/check", null);
        }
        assertThat(api.get("/api/dependencies/" + db).json().get("status").asText()).isEqualTo("red");
        assertThat(api.get("/api/systems/" + system).json().get("status").asText()).isEqualTo("red");
        JsonNode logs = api.get("/api/dependencies/" + db + "/logs").json();
        assertThat(logs.get(0).get("source").asText()).isEqualTo("check");
        assertThat(logs.get(0).get("message").asText()).startsWith("Check failed 3 times in a row: HTTP 503 (expected 2xx)");

        healthStatus.set(200);
        var run = api.post("/api/dependencies/" + db + "/check", null);
        assertThat(run.json().get("result").get("result").asText()).isEqualTo("up");
        assertThat(api.get("/api/systems/" + system).json().get("status").asText()).isEqualTo("green");
        JsonNode latency = api.get("/api/dependencies/" + db + "/latency?period=1h").json();
        assertThat(latency.get("total_checks").asLong()).isGreaterThanOrEqualTo(5);
        assertThat(latency.get("failed_checks").asLong()).isEqualTo(3);
        assertThat(api.get("/api/dependencies/" + db + "/uptime?days=90").json()).hasSize(90);
    }

    @Test
    void aHeartbeatThatStopsPinging_goesMissing_andRecoversWithTheNextPing() throws Exception {
        long system = api.post("/api/systems", "{\"name\":\"Nightly jobs\"}").json().get("id").asLong();
        long job = api.post("/api/systems/" + system + "/dependencies", "{\"name\":\"Backup\"}").json().get("id").asLong();
        String token = api.put("/api/dependencies/" + job + "/check", "{\"type\":\"push\",\"period\":600,\"grace\":60}")
                .json().get("check").get("push_token").asText();
        HttpSession anonymous = api.withKey(null);

        assertThat(anonymous.get("/api/push/" + token).status()).isEqualTo(200);
        assertThat(api.get("/api/dependencies/" + job).json().get("status").asText()).isEqualTo("green");

        clock.jump(Duration.ofMinutes(11).plusSeconds(1));
        JsonNode missing = eventually(() -> api.get("/api/dependencies/" + job).json(),
                d -> d.get("status").asText().equals("red"), Duration.ofSeconds(30));

        assertThat(missing.get("status").asText()).isEqualTo("red");
        assertThat(missing.get("check").get("push_state").asText()).isEqualTo("missing");
        assertThat(api.get("/api/systems/" + system).json().get("status").asText()).isEqualTo("red");
        assertThat(api.get("/api/dependencies/" + job + "/logs").json().get(0).get("message").asText()).startsWith("missing: ");

        assertThat(anonymous.post("/api/push/" + token, null).status()).isEqualTo(200);
        assertThat(api.get("/api/dependencies/" + job).json().get("status").asText()).isEqualTo("green");
        assertThat(anonymous.get("/api/push/vgp_nope").status()).isEqualTo(404);
    }
}
