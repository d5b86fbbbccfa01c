package dev.vigil.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real application on port 0 with a temporary database, driven over HTTP the way an operator would. */
class EndToEndTest {
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

    private Path database() {
        return folder.resolve("data/vigil.db");
    }

    private VigilApp start(Optional<String> adminKey) {
        AppConfig config = new AppConfig("127.0.0.1", 0, database(), adminKey, AppConfig.DEFAULT_MAX_BODY);
        app = VigilApp.start(config, console::add, Clock.systemUTC());
        return app;
    }

    private String printedKey() {
        return console.stream().flatMap(s -> s.lines()).map(String::strip).filter(s -> s.startsWith("vgl_"))
                .findFirst().orElseThrow();
    }

    @Test
    void anOperatorRegistersASystem_breaksADependency_andReadsTheHistory() {
        start(Optional.empty());
        HttpSession api = new HttpSession(app.port(), printedKey());

        var system = api.post("/api/systems", "{\"name\":\"Checkout API\",\"owner\":\"Payments\",\"url\":\"https://shop.example.com\"}");
        assertThat(system.status()).isEqualTo(201);
        long systemId = system.json().get("id").asLong();
        var db = api.post("/api/systems/" + systemId + "/dependencies", "{\"name\":\"PostgreSQL\",\"criticality\":\"critical\"}");
        var cache = api.post("/api/systems/" + systemId + "/dependencies", "{\"name\":\"Redis\",\"criticality\":\"minor\"}");
        long dbId = db.json().get("id").asLong();
        long cacheId = cache.json().get("id").asLong();

        api.post("/api/dependencies/" + cacheId + "/status", "{\"status\":\"red\",\"message\":\"evictions\"}");
        assertThat(api.get("/api/systems/" + systemId).json().get("status").asText()).isEqualTo("yellow");

        api.post("/api/dependencies/" + dbId + "/status", "{\"status\":\"red\",\"message\":\"Connection lost\"}");
        assertThat(api.get("/api/systems/" + systemId).json().get("status").asText()).isEqualTo("red");

        api.post("/api/dependencies/" + dbId + "/status", "{\"status\":\"green\",\"message\":\"Failover done\"}");
        api.delete("/api/dependencies/" + cacheId);
        assertThat(api.get("/api/systems/" + systemId).json().get("status").asText()).isEqualTo("green");

        var logs = api.get("/api/systems/" + systemId + "/logs?limit=50").json();
        List<String> story = new ArrayList<>();
        logs.forEach(e -> story.add(e.get("source").asText() + ":" + e.get("old_status").asText() + "->" + e.get("new_status").asText()));
        assertThat(story).containsExactly(
                "rollup:yellow->green", "rollup:red->yellow", "manual:red->green",
                "rollup:yellow->red", "manual:green->red", "rollup:green->yellow", "manual:green->red");
        assertThat(logs.get(3).get("cause_dependency_id").asLong()).isEqualTo(dbId);
        assertThat(api.get("/api/dependencies/" + dbId + "/logs").json()).hasSize(2);
        assertThat(api.get("/api/logs?limit=3").json()).hasSize(3);
    }

    @Test
    void dataAndKeys_surviveARestart_andTheFirstStartKeyIsPrintedOnce() {
        start(Optional.empty());
        String key = printedKey();
        new HttpSession(app.port(), key).post("/api/systems", "{\"name\":\"API\"}");
        app.close();
        console.clear();

        start(Optional.empty());

        assertThat(console).isEmpty();
        var systems = new HttpSession(app.port(), key).get("/api/systems");
        assertThat(systems.status()).isEqualTo(200);
        assertThat(systems.json()).hasSize(1);
        assertThat(Files.exists(database())).isTrue();
    }

    @Test
    void theEnvironmentAdminKey_works_andNoOtherKeyIsGenerated() {
        start(Optional.of("provisioning-secret-123456"));

        // The first start still prints the admin UI's generated password (issue 5), but no API key.
        assertThat(console).noneMatch(line -> line.contains("vgl_"));
        HttpSession api = new HttpSession(app.port(), "provisioning-secret-123456");
        var keys = api.get("/api/apikeys");
        assertThat(keys.status()).isEqualTo(200);
        assertThat(keys.json()).hasSize(1);
        assertThat(keys.json().get(0).get("origin").asText()).isEqualTo("environment");
        assertThat(api.delete("/api/apikeys/" + keys.json().get(0).get("id").asLong()).status()).isEqualTo(409);
    }

    @Test
    void scopedKeys_areEnforcedEndToEnd() {
        start(Optional.empty());
        HttpSession admin = new HttpSession(app.port(), printedKey());
        String readKey = admin.post("/api/apikeys", "{\"name\":\"dashboard\",\"scopes\":[\"read\"]}").json().get("key").asText();
        HttpSession reader = admin.withKey(readKey);

        assertThat(reader.get("/api/systems").status()).isEqualTo(200);
        assertThat(reader.post("/api/systems", "{\"name\":\"API\"}").status()).isEqualTo(403);
        assertThat(admin.withKey(null).get("/api/systems").status()).isEqualTo(401);
        assertThat(admin.withKey(null).get("/healthz").status()).isEqualTo(200);
        assertThat(admin.withKey(null).get("/readyz").json()).isEqualTo(new com.fasterxml.jackson.databind.ObjectMapper()
                .valueToTree(Map.of("status", "ready")));
    }
}
