package dev.vigil.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator moves Vigil to a new machine: everything exported from one real instance (SQLite file, HTTP) and
 * imported into a fresh one comes back the same, and the history it brings notifies nobody.
 */
class BackupJourneyTest {
    private static final String KEY = "backup-journey-admin-key-0123456789";

    @TempDir
    Path folder;
    private VigilApp old;
    private VigilApp fresh;
    private final ObjectMapper mapper = new ObjectMapper();

    @AfterEach
    void stop() {
        for (VigilApp app : new VigilApp[] {old, fresh}) {
            if (app != null) {
                app.close();
            }
        }
    }

    private VigilApp start(String name) {
        return VigilApp.start(new AppConfig("127.0.0.1", 0, folder.resolve(name + "/vigil.db"), Optional.of(KEY),
                AppConfig.DEFAULT_MAX_BODY), line -> { }, Clock.systemUTC());
    }

    private static long id(HttpSession.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isBetween(200, 201);
        return reply.json().get("id").asLong();
    }

    /** The data of an export: without the moment it was taken and the API keys, which are merged. */
    private JsonNode data(String body) throws Exception {
        ObjectNode node = (ObjectNode) mapper.readTree(body);
        node.remove("exported_at");
        node.remove("api_keys");
        return node;
    }

    @Test
    void everythingExportedFromOneInstance_isImportedWholeIntoAFreshOne() throws Exception {
        old = start("old");
        HttpSession a = new HttpSession(old.port(), KEY);
        long api = id(a.post("/api/systems", "{\"name\":\"Checkout API\",\"sla_target\":99.5,"
                + "\"auto_incident_after\":0}"));
        long db = id(a.post("/api/systems/" + api + "/dependencies", "{\"name\":\"PostgreSQL\"}"));
        long job = id(a.post("/api/systems/" + api + "/dependencies", "{\"name\":\"Nightly job\","
                + "\"criticality\":\"minor\"}"));
        assertThat(a.put("/api/dependencies/" + db + "/check", "{\"type\":\"http\",\"url\":\"http://127.0.0.1:9/h\","
                + "\"interval\":86400,\"headers\":{\"Authorization\":\"Bearer db-secret\"}}").status()).isEqualTo(200);
        assertThat(a.put("/api/dependencies/" + job + "/check", "{\"type\":\"push\",\"period\":86400}").status())
                .isEqualTo(200);
        a.post("/api/dependencies/" + db + "/status", "{\"status\":\"red\",\"message\":\"Connection refused\"}");
        long incident = id(a.post("/api/incidents", "{\"title\":\"Payments failing\",\"impact\":\"major\","
                + "\"system_ids\":[" + api + "],\"message\":\"Looking\"}"));
        a.post("/api/incidents/" + incident + "/updates", "{\"message\":\"Found it\",\"visibility\":\"internal\"}");
        String start = Instant.now().plusSeconds(86400).toString();
        String end = Instant.now().plusSeconds(90000).toString();
        id(a.post("/api/maintenances", "{\"title\":\"Upgrade\",\"start_time\":\"" + start + "\",\"end_time\":\""
                + end + "\",\"system_ids\":[" + api + "]}"));
        id(a.post("/api/sla/reports", "{\"title\":\"So far\",\"period\":\"month\"}"));
        id(a.post("/api/webhooks", "{\"name\":\"Ops\",\"url\":\"http://127.0.0.1:9/hook\","
                + "\"events\":[\"sla_breach\"],\"secret\":\"journey-signing-secret\"}"));
        assertThat(a.put("/api/counters/orders_today", "{\"value\":42,\"label\":\"Orders today\"}").status())
                .isEqualTo(200);
        HttpSession.Reply exported = a.get("/api/export?include_secrets=true");
        assertThat(exported.status()).isEqualTo(200);

        fresh = start("fresh");
        HttpSession b = new HttpSession(fresh.port(), KEY);
        HttpSession.Reply imported = b.post("/api/import?mode=replace", exported.body());

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("errors")).isEmpty();
        assertThat(data(b.get("/api/export?include_secrets=true").body())).isEqualTo(data(exported.body()));
        assertThat(b.get("/api/incidents/" + incident).json().get("updates")).hasSize(2);
        assertThat(b.get("/api/counters").json().get(0).get("value").asLong()).isEqualTo(42);
        assertThat(b.get("/api/systems/" + api).json().get("status").asText()).isEqualTo("red");
        assertThat(b.get("/api/webhooks").json().get(0).get("id").asLong())
                .satisfies(hook -> assertThat(b.get("/api/webhooks/" + hook + "/deliveries").json()).isEmpty());
        assertThat(id(b.post("/api/systems", "{\"name\":\"After the move\"}"))).isGreaterThan(api);
    }
}
