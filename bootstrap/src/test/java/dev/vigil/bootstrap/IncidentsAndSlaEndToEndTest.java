package dev.vigil.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.bootstrap.jobs.JobIntervals;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real application with its background jobs (at short intervals) on a temporary database: maintenance windows
 * take effect on their own, an outage opens an incident on its own and recovery resolves it, and nothing is
 * duplicated by a restart.
 */
class IncidentsAndSlaEndToEndTest {
    private static final JobIntervals FAST = new JobIntervals(Duration.ofMillis(200), Duration.ofMillis(200),
            Duration.ofSeconds(1), Duration.ofSeconds(1));
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path folder;
    private final List<String> console = new ArrayList<>();
    private VigilApp app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private HttpSession start(Optional<String> key) {
        AppConfig config = new AppConfig("127.0.0.1", 0, folder.resolve("vigil.db"), key, AppConfig.DEFAULT_MAX_BODY);
        app = VigilApp.start(config, console::add, Clock.systemUTC(), FAST);
        String secret = key.orElseGet(() -> console.stream().flatMap(String::lines).map(String::strip)
                .filter(s -> s.startsWith("vgl_")).findFirst().orElseThrow());
        return new HttpSession(app.port(), secret);
    }

    private static void eventually(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + PATIENCE + ": " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void anOutage_opensAnIncidentByItself_recoveryResolvesIt_andARestartDuplicatesNothing() {
        HttpSession api = start(Optional.of("end-to-end-admin-key-0123456789"));
        long system = api.post("/api/systems", "{\"name\":\"Checkout API\",\"auto_incident_after\":1}").json()
                .get("id").asLong();
        long db = api.post("/api/systems/" + system + "/dependencies", "{\"name\":\"PostgreSQL\"}").json()
                .get("id").asLong();

        api.post("/api/dependencies/" + db + "/status", "{\"status\":\"red\",\"message\":\"Connection refused\"}");
        eventually("an automatic incident opens", () -> api.get("/api/incidents/active").json().size() == 1);

        var incident = api.get("/api/incidents/active").json().get(0);
        assertThat(incident.get("origin").asText()).isEqualTo("automatic");
        assertThat(incident.get("title").asText()).isEqualTo("Checkout API is down");
        assertThat(incident.get("updates").get(0).get("message").asText()).contains("Dependency PostgreSQL is red");

        app.close();
        app = null;
        HttpSession restarted = start(Optional.of("end-to-end-admin-key-0123456789"));
        restarted.post("/api/dependencies/" + db + "/status", "{\"status\":\"green\"}");
        eventually("the incident resolves", () -> restarted.get("/api/incidents/active").json().isEmpty());

        var all = restarted.get("/api/incidents").json();
        assertThat(all).hasSize(1);
        assertThat(all.get(0).get("state").asText()).isEqualTo("resolved");
        assertThat(all.get(0).get("updates").get(0).get("message").asText()).startsWith("Recovered after");
    }

    @Test
    void aMaintenanceWindow_takesEffectByItself_andIsNotCountedAgainstTheSla() {
        HttpSession api = start(Optional.empty());
        long system = api.post("/api/systems", "{\"name\":\"Checkout API\"}").json().get("id").asLong();
        long db = api.post("/api/systems/" + system + "/dependencies", "{\"name\":\"PostgreSQL\"}").json()
                .get("id").asLong();
        Instant start = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);

        var window = api.post("/api/maintenances", "{\"title\":\"DB upgrade\",\"start_time\":\"" + start
                + "\",\"end_time\":\"" + start.plus(Duration.ofHours(1)) + "\",\"system_ids\":[" + system + "]}");
        assertThat(window.status()).isEqualTo(201);
        eventually("the system shows maintenance", () -> api.get("/api/systems/" + system).json().get("status")
                .asText().equals("maintenance"));
        api.post("/api/dependencies/" + db + "/status", "{\"status\":\"red\"}");

        var sla = api.get("/api/systems/" + system + "/sla?period=24h").json();
        assertThat(sla.get("availability_percent").asDouble()).isEqualTo(100.0);
        assertThat(sla.get("maintenance_seconds").asDouble()).isPositive();
        assertThat(api.get("/api/systems/" + system).json().get("status").asText()).isEqualTo("maintenance");
        assertThat(api.get("/api/incidents/active").json()).isEmpty();

        api.post("/api/maintenances/" + window.json().get("id").asLong() + "/cancel", null);
        assertThat(api.get("/api/systems/" + system).json().get("status").asText()).isEqualTo("red");
        var logs = api.get("/api/systems/" + system + "/logs").json();
        assertThat(logs.get(0).get("source").asText()).isEqualTo("maintenance");
    }

    @Test
    void reportsAndAnalytics_workOnTheRealDatabase() {
        HttpSession api = start(Optional.empty());
        long system = api.post("/api/systems", "{\"name\":\"Checkout API\"}").json().get("id").asLong();
        api.post("/api/systems/" + system + "/dependencies", "{\"name\":\"PostgreSQL\"}");
        assertThat(api.put("/api/systems/" + system + "/sla-target", "{\"sla_target\":99.95}").status()).isEqualTo(200);

        var analytics = api.get("/api/analytics?period=1h");
        var report = api.post("/api/sla/reports", "{\"period\":\"year\"}");

        assertThat(analytics.status()).isEqualTo(200);
        assertThat(analytics.json().get("systems").get(0).get("dependencies")).hasSize(1);
        assertThat(report.status()).isEqualTo(201);
        assertThat(report.json().get("rows")).hasSize(2);
        assertThat(report.json().get("rows").get(0).get("sla_target").asDouble()).isEqualTo(99.95);
        long id = report.json().get("id").asLong();
        assertThat(api.get("/api/sla/reports/" + id).json().get("rows").get(1).get("name").asText())
                .isEqualTo("PostgreSQL");
        assertThat(api.get("/api/sla/reports").json()).hasSize(1);
    }
}
