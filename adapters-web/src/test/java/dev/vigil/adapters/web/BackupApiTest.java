package dev.vigil.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.application.fakes.BackupScenario;
import dev.vigil.domain.check.HttpCheck;
import dev.vigil.domain.check.PushCheck;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.status.StatusSource;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Export and import through HTTP, over the in-memory use cases. */
class BackupApiTest {
    private final ApiServer source = new ApiServer();
    private final BackupScenario scenario = BackupScenario.populate(source.vigil);
    private final ApiServer target = new ApiServer();
    private final ObjectMapper mapper = Json.mapper();

    @AfterEach
    void stop() {
        source.close();
        target.close();
    }

    private ApiServer.Reply importInto(ApiServer server, String query, String body) {
        return server.call("POST", "/api/import" + query, body);
    }

    /** The document without the moment it was taken, to compare two exports. */
    private JsonNode data(String document) throws Exception {
        ObjectNode node = (ObjectNode) mapper.readTree(document);
        node.remove("exported_at");
        return node;
    }

    private void assertError(ApiServer.Reply reply, int status, String message) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.json().get("error").asText()).isEqualTo(message);
    }

    @Test
    void export_isADownload_withEverySection_andNoSecrets() {
        var reply = source.call("GET", "/api/export", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.header("Content-Disposition"))
                .matches("attachment; filename=\"vigil-export-\\d{8}T\\d{6}Z\\.json\"");
        JsonNode doc = reply.json();
        assertThat(doc.get("format").asText()).isEqualTo("vigil");
        assertThat(doc.get("version").asText()).isEqualTo("2.0");
        assertThat(doc.get("secrets_included").asBoolean()).isFalse();
        assertThat(doc.get("exported_at").asText()).isEqualTo(source.vigil.clock.instant().toString());
        assertThat(doc.get("systems")).hasSize(2);
        assertThat(doc.get("dependencies")).hasSize(3);
        assertThat(doc.get("logs")).hasSize(source.vigil.log.all().size());
        assertThat(doc.get("incidents")).hasSize(2);
        assertThat(doc.get("maintenances")).hasSize(2);
        assertThat(doc.get("sla_reports")).hasSize(1);
        assertThat(doc.get("sla_breaches")).hasSize(1);
        assertThat(doc.get("webhooks")).hasSize(1);
        assertThat(doc.get("counters").get(0).toString()).isEqualTo("{\"name\":\"orders_today\",\"label\":"
                + "\"Orders today\",\"value\":1234,\"created_at\":\"" + scenario.countersSetAt
                + "\",\"updated_at\":\"" + scenario.countersSetAt + "\"}");
        assertThat(doc.has("api_keys")).isFalse();
        assertThat(reply.body()).doesNotContain(BackupScenario.HEADER_SECRET).doesNotContain("s3cret-body")
                .doesNotContain("XXXXSECRETXXXX").doesNotContain(BackupScenario.SIGNING_SECRET)
                .doesNotContain(scenario.pushToken.hash().hex()).doesNotContain("secret_hash");
        JsonNode db = doc.get("dependencies").get(0).get("check");
        assertThat(db.get("header_names")).extracting(JsonNode::asText).containsExactly("Authorization");
        assertThat(db.get("body_set").asBoolean()).isTrue();
    }

    @Test
    void export_withSecrets_holdsThem_andTheApiKeysButNotTheEnvironmentsKey() {
        var reply = source.call("GET", "/api/export?include_secrets=true", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("secrets_included").asBoolean()).isTrue();
        assertThat(reply.body()).contains(BackupScenario.HEADER_SECRET).contains(BackupScenario.SLACK_URL)
                .contains(BackupScenario.SIGNING_SECRET).contains(scenario.pushToken.hash().hex());
        assertThat(reply.json().get("api_keys")).extracting(k -> k.get("origin").asText())
                .isNotEmpty().doesNotContain("environment");
    }

    @Test
    void export_writesEachEntityOnALineOfItsOwn() {
        String body = source.call("GET", "/api/export", null).body();

        long lines = body.lines().count();
        long entities = source.vigil.log.all().size() + 2 + 3 + 2 + 2 + 1 + 1 + 1;
        assertThat(body.lines()).filteredOn(l -> l.startsWith("{\"id\":" + scenario.checkout.id().value() + ",\"name\":\"Checkout API\""))
                .hasSize(1);
        assertThat(lines).isGreaterThanOrEqualTo(entities);
    }

    @Test
    void exportAndImport_areForAdmins_andFlagsAreChecked() {
        assertThat(source.as(source.writeKey, "GET", "/api/export", null).status()).isEqualTo(403);
        assertThat(source.as(source.writeKey, "GET", "/api/export/logs", null).status()).isEqualTo(403);
        assertThat(source.as(source.writeKey, "POST", "/api/import", "{}").status()).isEqualTo(403);
        assertThat(source.send("GET", "/api/export", null, Map.of()).status()).isEqualTo(401);
        assertError(source.call("GET", "/api/export?include_secrets=yes", null), 400,
                "include_secrets must be true or false");
        assertError(importInto(target, "?mode=overwrite", "{}"), 400, "mode must be merge or replace");
    }

    @Test
    void exportLogs_holdsTheLogAlone() {
        var reply = source.call("GET", "/api/export/logs", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Disposition")).contains("vigil-logs-");
        assertThat(reply.json().get("log_only").asBoolean()).isTrue();
        assertThat(reply.json().get("logs")).hasSize(source.vigil.log.all().size());
        assertThat(reply.json().has("systems")).isFalse();
        assertError(importInto(target, "?mode=replace", reply.body()), 400,
                "mode=replace needs a complete export; this document holds only the status log");
        assertThat(importInto(target, "", reply.body()).json().get("imported").get("logs").asInt())
                .isEqualTo(source.vigil.log.all().size());
    }

    @Test
    void anExportWithSecrets_replacedIntoAnotherVigil_exportsTheSameAgain() throws Exception {
        String exported = source.call("GET", "/api/export?include_secrets=true", null).body();

        var reply = importInto(target, "?mode=replace", exported);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("mode").asText()).isEqualTo("replace");
        assertThat(reply.json().get("version").asText()).isEqualTo("2.0");
        assertThat(reply.json().get("errors")).isEmpty();
        assertThat(reply.json().get("systems_imported").asInt()).isEqualTo(2);
        assertThat(reply.json().get("dependencies_imported").asInt()).isEqualTo(3);
        assertThat(reply.json().get("logs_imported").asInt()).isEqualTo(source.vigil.log.all().size());
        assertThat(reply.json().get("imported").get("webhooks").asInt()).isEqualTo(1);
        assertThat(reply.json().get("imported").get("counters").asInt()).isEqualTo(2);
        JsonNode again = data(target.call("GET", "/api/export?include_secrets=true", null).body());
        JsonNode before = data(exported);
        assertThat(again.get("api_keys")).as("keys are merged by secret, never removed: the caller keeps its key")
                .hasSize(before.get("api_keys").size() + 3);
        assertThat(again.get("api_keys").findValuesAsText("secret_hash"))
                .containsAll(before.get("api_keys").findValuesAsText("secret_hash"));
        ((ObjectNode) again).remove("api_keys");
        ((ObjectNode) before).remove("api_keys");
        assertThat(again).isEqualTo(before);
        assertThat(target.vigil.events.received()).isEmpty();
        var http = (HttpCheck) target.vigil.checks.byDependency(scenario.database.id()).orElseThrow().spec();
        assertThat(http.headers()).containsEntry("Authorization", BackupScenario.HEADER_SECRET);
    }

    @Test
    void importingTheSameExportTwice_changesNothing() throws Exception {
        String exported = source.call("GET", "/api/export?include_secrets=true", null).body();
        assertThat(importInto(target, "", exported).status()).isEqualTo(200);
        String once = target.call("GET", "/api/export?include_secrets=true", null).body();

        var again = importInto(target, "?mode=merge", exported);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("errors")).isEmpty();
        assertThat(data(target.call("GET", "/api/export?include_secrets=true", null).body())).isEqualTo(data(once));
    }

    @Test
    void malformedJson_isA400_andChangesNothing() {
        var reply = importInto(target, "", "{\"version\": \"2.0\", \"systems\": [");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).startsWith("invalid backup: malformed JSON: ");
        assertThat(reply.json().get("errors")).hasSize(1);
        assertThat(target.vigil.systems.all()).isEmpty();
    }

    @Test
    void anInvalidDocument_listsEveryProblemWithWhereItIs_andChangesNothing() throws Exception {
        ObjectNode doc = (ObjectNode) mapper.readTree(source.call("GET", "/api/export", null).body());
        ((ObjectNode) doc.get("systems").get(0)).remove("name");
        ((ObjectNode) doc.get("systems").get(1)).put("colour", "blue");
        ((ObjectNode) doc.get("logs").get(2)).put("source", "telepathy");
        ((ObjectNode) doc.get("dependencies").get(1).get("check")).put("port", 70000);

        var reply = importInto(target, "", mapper.writeValueAsString(doc));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors")).extracting(JsonNode::asText).containsExactly(
                "systems[0]: name is required",
                "systems[1]: unknown field 'colour'",
                "dependencies[1]: check: port must be between 1 and 65535",
                "logs[2]: source must be one of manual, check, rollup, maintenance, import");
        assertThat(reply.json().get("error").asText()).isEqualTo("invalid backup: 4 problems, the first: "
                + "systems[0]: name is required");
        assertThat(target.vigil.systems.all()).isEmpty();
        assertThat(target.vigil.log.all()).isEmpty();
    }

    @Test
    void aDocumentThatBreaksARule_againstTheStoredData_isRefusedWhole() throws Exception {
        target.call("POST", "/api/systems", "{\"name\":\"One\"}");
        target.call("POST", "/api/systems", "{\"name\":\"Two\"}");
        target.call("POST", "/api/systems", "{\"name\":\"Local search\",\"slug\":\"search\"}");
        String exported = source.call("GET", "/api/export", null).body();

        var reply = importInto(target, "", exported);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors")).extracting(JsonNode::asText).containsExactly(
                "systems[id 2]: slug 'search' belongs to stored system 3, which the backup does not contain");
        assertThat(target.call("GET", "/api/systems/1", null).json().get("name").asText()).isEqualTo("One");
        assertThat(target.vigil.log.all()).isEmpty();
    }

    @Test
    void aBodyOverTheLimit_isA413_andOtherMediaTypesA415() {
        try (ApiServer small = new ApiServer(2048)) {
            String big = "{\"version\":\"2.0\",\"logs\":[" + "{\"id\":1},".repeat(400) + "{\"id\":2}]}";

            var tooLarge = small.call("POST", "/api/import", big);
            var text = small.send("POST", "/api/import", "{}", Map.of("Authorization", "Bearer " + small.adminKey,
                    "Content-Type", "text/plain"));

            assertThat(tooLarge.status()).isEqualTo(413);
            assertThat(tooLarge.json().get("error").asText()).isEqualTo("request body is larger than 2048 bytes");
            assertThat(text.status()).isEqualTo(415);
            assertThat(small.vigil.log.all()).isEmpty();
        }
    }

    @Test
    void importsBiggerThanOtherRequests_areAccepted_upToTheirOwnLimit() throws Exception {
        for (int i = 0; i < 12_000; i++) {
            source.vigil.log.append(new dev.vigil.domain.log.StatusChange(scenario.search.id(),
                    java.util.Optional.empty(), Status.OPERATIONAL, Status.DEGRADED,
                    "a fairly long message that makes each log line longer than usual " + i, StatusSource.MANUAL,
                    java.util.Optional.empty(), Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i)));
        }
        String exported = source.call("GET", "/api/export/logs", null).body();
        assertThat(exported.length()).isGreaterThan((int) JsonRequests.DEFAULT_LIMIT);

        var reply = importInto(target, "", exported);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(target.vigil.log.all()).hasSize(source.vigil.log.all().size());
    }

    @Test
    void thePredecessorsExport_isConverted_keepingIdsAndTimes_andTwiceChangesNothing() throws Exception {
        String old = """
                {"exported_at":"2024-01-15T10:30:00.1+02:00","version":"1.0",
                 "systems":[{"id":1,"name":"API","description":"Main API","url":"https://api.example.com",
                             "owner":"Backend Team","status":"red","created_at":"2024-01-01T00:00:00Z",
                             "updated_at":"2024-01-15T10:00:00Z"},
                            {"ID":2,"Name":"Billing","Description":"","URL":"not a url","Owner":"","Status":"yellow",
                             "CreatedAt":"2024-01-02T00:00:00+01:00","UpdatedAt":"2024-01-02T00:00:00+01:00"}],
                 "dependencies":[{"id":1,"system_id":1,"name":"PostgreSQL","description":"Main database",
                                  "status":"red","heartbeat_url":"https://api.example.com/health/db",
                                  "heartbeat_interval":30,"consecutive_failures":4,
                                  "last_check":"2024-01-15T09:59:00Z","created_at":"2024-01-01T00:00:00Z",
                                  "updated_at":"2024-01-15T10:00:00Z"},
                                 {"ID":2,"SystemID":1,"Name":"Redis","Description":"","Status":"green",
                                  "HeartbeatURL":"","HeartbeatInterval":0,"ConsecutiveFailures":0,
                                  "LastCheck":"0001-01-01T00:00:00Z","CreatedAt":"2024-01-01T00:00:00Z",
                                  "UpdatedAt":"2024-01-01T00:00:00Z"}],
                 "logs":[{"id":1,"system_id":1,"old_status":"green","new_status":"yellow",
                          "message":"High latency detected","source":"manual","created_at":"2024-01-15T09:00:00Z"},
                         {"id":2,"dependency_id":1,"old_status":"yellow","new_status":"red",
                          "source":"heartbeat","created_at":"2024-01-15T09:30:00+01:00"},
                         {"id":3,"system_id":1,"old_status":"yellow","new_status":"red",
                          "message":"Status propagated from dependencies (worst-case: red)","source":"propagation",
                          "created_at":"2024-01-15T09:31:00Z"},
                         {"id":4,"dependency_id":99,"old_status":"green","new_status":"red","source":"manual",
                          "created_at":"2024-01-15T09:32:00Z"}]}
                """;

        var reply = importInto(target, "", old);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("version").asText()).isEqualTo("1.0");
        assertThat(reply.json().get("systems_imported").asInt()).isEqualTo(2);
        assertThat(reply.json().get("dependencies_imported").asInt()).isEqualTo(2);
        assertThat(reply.json().get("logs_imported").asInt()).isEqualTo(3);
        assertThat(reply.json().get("errors")).extracting(JsonNode::asText).containsExactly(
                "system 2: its url 'not a url' is not an absolute http(s) URL; left out",
                "logs: entry 4 is about dependency 99 the export does not hold; it was not imported");

        JsonNode api = target.call("GET", "/api/systems/1", null).json();
        assertThat(api.get("slug").asText()).isEqualTo("api");
        assertThat(api.get("status").asText()).isEqualTo("red");
        assertThat(api.get("manual_status").asText()).as("explained by its critical dependency").isEqualTo("green");
        assertThat(api.get("created_at").asText()).isEqualTo("2024-01-01T00:00:00Z");
        JsonNode billing = target.call("GET", "/api/systems/2", null).json();
        assertThat(billing.get("manual_status").asText()).as("set by a person").isEqualTo("yellow");
        assertThat(billing.get("created_at").asText()).isEqualTo("2024-01-01T23:00:00Z");
        JsonNode db = target.call("GET", "/api/dependencies/1", null).json();
        assertThat(db.get("criticality").asText()).isEqualTo("critical");
        assertThat(db.get("check").get("url").asText()).isEqualTo("https://api.example.com/health/db");
        assertThat(db.get("check").get("interval").asLong()).isEqualTo(30);
        assertThat(db.get("check").get("consecutive_failures").asInt()).isEqualTo(4);
        assertThat(db.get("check").get("last_check_at").asText()).isEqualTo("2024-01-15T09:59:00Z");
        JsonNode redis = target.call("GET", "/api/dependencies/2", null).json();
        assertThat(redis.get("check").isNull()).isTrue();
        List<dev.vigil.domain.log.StatusLogEntry> log = target.vigil.log.all();
        assertThat(log).extracting(e -> e.change().source())
                .containsExactly(StatusSource.MANUAL, StatusSource.CHECK, StatusSource.ROLLUP);
        assertThat(log.get(1).change().system()).isEqualTo(new SystemId(1));
        assertThat(log.get(1).change().dependency()).contains(new DependencyId(1));
        assertThat(log.get(1).change().at()).isEqualTo(Instant.parse("2024-01-15T08:30:00Z"));
        assertThat(target.vigil.events.received()).isEmpty();

        String once = target.call("GET", "/api/export?include_secrets=true", null).body();
        assertThat(importInto(target, "", old).status()).isEqualTo(200);
        assertThat(data(target.call("GET", "/api/export?include_secrets=true", null).body())).isEqualTo(data(once));
    }

    @Test
    void aDocumentOfAnotherVersion_isRefused() {
        assertError(importInto(target, "", "{\"version\":\"3.0\",\"systems\":[]}"), 400,
                "invalid backup: version must be \"2.0\" (an export of Vigil) or \"1.0\" (an export of the service "
                        + "it replaces)");
        assertError(importInto(target, "", "{\"systems\":[]}"), 400, "invalid backup: version is required: 2.0 "
                + "for an export of Vigil, 1.0 for one of the service it replaces");
        assertError(importInto(target, "", "[]"), 400, "invalid backup: a backup is a JSON object");
    }

    @Test
    void aPushCheckImportedWithoutItsToken_getsANewOne() {
        String exported = source.call("GET", "/api/export", null).body();

        var reply = importInto(target, "?mode=replace", exported);

        assertThat(reply.status()).isEqualTo(200);
        var push = (PushCheck) target.vigil.checks.byDependency(scenario.nightlyJob.id()).orElseThrow().spec();
        assertThat(push.tokenHash()).isNotEqualTo(scenario.pushToken.hash());
        assertThat(target.call("POST", "/api/dependencies/" + scenario.nightlyJob.id() + "/check/token", null)
                .status()).isEqualTo(200);
    }

    static List<String> brokenDocuments() {
        return List.of(
            "{\"version\":2.0}",
            "{\"version\":\"2.0\",\"systems\":{}}",
            "{\"version\":\"2.0\",\"systems\":[1]}",
            "{\"version\":\"2.0\",\"systems\":[{\"id\":1e40}]}",
            "{\"version\":\"2.0\",\"systems\":[],\"systems\":[]}",
            "{\"version\":\"2.0\",\"logs\":[{\"id\":1,\"system_id\":1,\"old_status\":\"green\",\"new_status\":\"red\","
                    + "\"source\":\"manual\",\"created_at\":\"+99999999-01-01T00:00:00Z\"}]}",
            "{\"version\":\"2.0\",\"logs\":[{\"id\":9223372036854775808}]}",
            "{\"version\":\"2.0\",\"systems\":[{\"id\":1,\"name\":\"A\",\"slug\":\"a\",\"visibility\":\"public\","
                    + "\"sla_target\":1e400,\"auto_incident_after\":0,\"manual_status\":\"green\",\"status\":\"green\","
                    + "\"created_at\":\"2026-01-01T00:00:00Z\",\"updated_at\":\"2026-01-01T00:00:00Z\"}]}",
            "{\"version\":\"2.0\",\"secrets_included\":true,\"dependencies\":[{\"id\":1,\"system_id\":1,\"name\":\"D\","
                    + "\"criticality\":\"critical\",\"status\":\"green\",\"created_at\":\"2026-01-01T00:00:00Z\","
                    + "\"updated_at\":\"2026-01-01T00:00:00Z\",\"check\":{\"type\":\"push\",\"timezone\":\"Mars/Olympus\","
                    + "\"period_ms\":60000,\"grace_ms\":0,\"token_hash\":\"zz\",\"failure_threshold\":3,"
                    + "\"success_threshold\":1,\"configured_at\":\"2026-01-01T00:00:00Z\",\"consecutive_failures\":0,"
                    + "\"consecutive_successes\":0,\"last_result\":null,\"last_ping_at\":null,\"missing\":false}}]}",
            "{\"version\":\"2.0\",\"incidents\":[{\"id\":1,\"title\":\"T\",\"impact\":\"major\",\"state\":\"resolved\","
                    + "\"system_ids\":[],\"started_at\":\"2026-01-01T00:00:00Z\",\"created_at\":\"2026-01-01T00:00:00Z\","
                    + "\"updated_at\":\"2026-01-01T00:00:00Z\",\"updates\":[]}]}",
            "{\"version\":\"2.0\",\"api_keys\":[{\"id\":1,\"name\":\"k\",\"secret_hash\":\"00\",\"scopes\":[\"root\"],"
                    + "\"origin\":\"created\",\"created_at\":\"2026-01-01T00:00:00Z\"}]}",
            "{\"version\":\"1.0\",\"systems\":[{\"ID\":-1,\"Name\":\"A\",\"CreatedAt\":\"2026-01-01T00:00:00Z\"}]}",
            "{\"version\":\"1.0\",\"logs\":[{\"id\":1,\"system_id\":1,\"old_status\":\"purple\",\"new_status\":\"red\","
                    + "\"created_at\":\"2026-01-01T00:00:00Z\"}]}",
            "{\"version\":\"1.0\",\"dependencies\":[{\"id\":1,\"system_id\":7,\"name\":\"D\","
                    + "\"created_at\":\"0001-01-01T00:00:00Z\"}]}",
            "{\"version\":\"2.0\",\"systems\":[" + "[".repeat(3000) + "]".repeat(3000) + "]}");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("brokenDocuments")
    void anyBrokenDocument_isA400WithTheProblem_neverA500_andChangesNothing(String document) {
        var reply = importInto(target, "?mode=replace", document);

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).isNotBlank();
        assertThat(target.vigil.systems.all()).isEmpty();
        assertThat(target.vigil.log.all()).isEmpty();
    }
}
