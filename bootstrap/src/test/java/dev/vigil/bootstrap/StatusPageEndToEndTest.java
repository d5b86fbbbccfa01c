package dev.vigil.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real application on SQLite: writes through the API reach the public snapshot, and only public data does. */
class StatusPageEndToEndTest {
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

    private HttpSession start() {
        AppConfig config = new AppConfig("127.0.0.1", 0, folder.resolve("vigil.db"), Optional.empty(),
                AppConfig.DEFAULT_MAX_BODY);
        app = VigilApp.start(config, console::add, Clock.systemUTC());
        String key = console.stream().flatMap(String::lines).map(String::strip).filter(s -> s.startsWith("vgl_"))
                .findFirst().orElseThrow();
        return new HttpSession(app.port(), key);
    }

    private static JsonNode eventually(HttpSession api, String path, Predicate<JsonNode> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        JsonNode json = api.get(path).json();
        while (!wanted.test(json) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            json = api.get(path).json();
        }
        return json;
    }

    @Test
    void aDependencyOutage_reachesStatusJson_andThePage_andPrivateSystemsStayHidden() throws Exception {
        HttpSession api = start();
        HttpSession anonymous = api.withKey(null);
        long shop = api.post("/api/systems", "{\"name\":\"Shop\"}").json().get("id").asLong();
        long db = api.post("/api/systems/" + shop + "/dependencies", "{\"name\":\"PostgreSQL\"}").json().get("id").asLong();
        long hidden = api.post("/api/systems", "{\"name\":\"Back office\",\"visibility\":\"private\"}").json().get("id").asLong();
        api.post("/api/systems/" + hidden + "/status", "{\"status\":\"red\"}");

        api.post("/api/dependencies/" + db + "/status", "{\"status\":\"red\",\"message\":\"Connection refused\"}");
        api.put("/api/counters/orders_today", "{\"value\": 42, \"label\": \"Orders today\"}");

        JsonNode json = eventually(anonymous, "/status.json",
                j -> j.get("overall_state").asText().equals("down") && j.get("snapshot").has("orders_today"));
        assertThat(json.get("overall_state").asText()).isEqualTo("down");
        assertThat(json.get("components").get(0).get("detail").asText()).isEqualTo("PostgreSQL is down");
        assertThat(json.get("snapshot").get("orders_today").asLong()).isEqualTo(42);
        assertThat(json.toString()).doesNotContain("Back office");
        var page = anonymous.send("GET", "/status", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Outage").contains("PostgreSQL").contains("Orders today")
                .doesNotContain("Back office");

        api.post("/api/dependencies/" + db + "/status", "{\"status\":\"green\"}");

        assertThat(eventually(anonymous, "/status.json", j -> j.get("overall_state").asText().equals("operational"))
                .get("overall_state").asText()).isEqualTo("operational");
    }

    @Test
    void theEcosystemSurfaces_followTheSameSnapshot_withoutAKey_andNeverShowAPrivateSystem() throws Exception {
        HttpSession api = start();
        HttpSession anonymous = api.withKey(null);
        long shop = api.post("/api/systems", "{\"name\":\"Shop\"}").json().get("id").asLong();
        long db = api.post("/api/systems/" + shop + "/dependencies", "{\"name\":\"PostgreSQL\"}").json().get("id").asLong();
        long hidden = api.post("/api/systems", "{\"name\":\"Back office\",\"visibility\":\"private\"}").json()
                .get("id").asLong();
        api.post("/api/systems/" + hidden + "/status", "{\"status\":\"red\"}");

        api.post("/api/dependencies/" + db + "/status", "{\"status\":\"red\",\"message\":\"Connection refused\"}");

        JsonNode summary = eventually(anonymous, "/api/v2/summary.json",
                j -> !j.get("status").get("indicator").asText().equals("none"));
        assertThat(summary.get("status").get("indicator").asText()).isEqualTo("critical");
        assertThat(summary.get("components").findValuesAsText("name")).contains("Shop", "PostgreSQL")
                .doesNotContain("Back office");
        assertThat(summary.toString()).doesNotContain("Back office");
        var atom = anonymous.send("GET", "/history.atom", null);
        assertThat(atom.status()).isEqualTo(200);
        assertThat(atom.body()).startsWith("<?xml").doesNotContain("Back office");
        var badge = anonymous.send("GET", "/badge/shop/status.svg", null);
        assertThat(badge.status()).isEqualTo(200);
        assertThat(badge.body()).startsWith("<svg").doesNotContain("Back office");
        assertThat(anonymous.send("GET", "/badge/back-office/status.svg", null).status()).isEqualTo(404);
        assertThat(anonymous.send("GET", "/maintenance.ics", null).body()).startsWith("BEGIN:VCALENDAR");
        assertThat(anonymous.send("GET", "/embed/status", null).status()).isEqualTo(200);

        api.post("/api/dependencies/" + db + "/status", "{\"status\":\"green\"}");

        assertThat(eventually(anonymous, "/api/v2/status.json", j -> j.get("status").get("indicator").asText()
                .equals("none")).get("status").get("description").asText()).isEqualTo("All Systems Operational");
    }
}
