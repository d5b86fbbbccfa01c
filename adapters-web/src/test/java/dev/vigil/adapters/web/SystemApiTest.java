package dev.vigil.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SystemApiTest {
    private final ApiServer server = new ApiServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private long createSystem(String json) {
        var reply = server.call("POST", "/api/systems", json);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    private void assertError(ApiServer.Reply reply, int status, String messagePart) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.json().size()).isEqualTo(1);
        assertThat(reply.json().get("error").asText()).contains(messagePart);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void create_returns201_withTheSeed002FieldsInSnakeCase() {
        var reply = server.call("POST", "/api/systems",
                "{\"name\":\"API\",\"description\":\"Main API\",\"url\":\"https://api.example.com\",\"owner\":\"Backend Team\"}");

        assertThat(reply.status()).isEqualTo(201);
        var json = reply.json();
        assertThat(json.get("id").isIntegralNumber()).isTrue();
        assertThat(json.get("name").asText()).isEqualTo("API");
        assertThat(json.get("description").asText()).isEqualTo("Main API");
        assertThat(json.get("url").asText()).isEqualTo("https://api.example.com");
        assertThat(json.get("owner").asText()).isEqualTo("Backend Team");
        assertThat(json.get("status").asText()).isEqualTo("green");
        assertThat(json.get("sla_target").asDouble()).isEqualTo(99.9);
        assertThat(json.get("slug").asText()).isEqualTo("api");
        assertThat(json.get("visibility").asText()).isEqualTo("public");
        assertThat(json.get("created_at").asText()).isEqualTo("2026-03-01T12:00:00Z");
        assertThat(json.get("updated_at").asText()).isEqualTo("2026-03-01T12:00:00Z");
    }

    @Test
    void list_ofNothing_isAnEmptyArray() {
        var reply = server.call("GET", "/api/systems", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("[]");
    }

    @Test
    void getUpdateDelete_roundTrip() {
        long id = createSystem("{\"name\":\"API\",\"owner\":\"Team\"}");

        var updated = server.call("PUT", "/api/systems/" + id, "{\"description\":\"Now described\",\"sla_target\":99.95}");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("owner").asText()).isEqualTo("Team");
        assertThat(updated.json().get("description").asText()).isEqualTo("Now described");
        assertThat(updated.json().get("sla_target").asDouble()).isEqualTo(99.95);

        assertThat(server.call("GET", "/api/systems/" + id, null).json().get("description").asText()).isEqualTo("Now described");
        assertThat(server.call("DELETE", "/api/systems/" + id, null).status()).isEqualTo(204);
        assertError(server.call("GET", "/api/systems/" + id, null), 404, "system " + id + " not found");
    }

    @Test
    void changeStatus_isTrimmedAndCaseInsensitive_andLogged() {
        long id = createSystem("{\"name\":\"API\"}");

        var reply = server.call("POST", "/api/systems/" + id + "/status", "{\"status\":\" RED \",\"message\":\"Connection lost\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("status").asText()).isEqualTo("red");
        var logs = server.call("GET", "/api/systems/" + id + "/logs", null).json();
        assertThat(logs).hasSize(1);
        assertThat(logs.get(0).get("old_status").asText()).isEqualTo("green");
        assertThat(logs.get(0).get("new_status").asText()).isEqualTo("red");
        assertThat(logs.get(0).get("message").asText()).isEqualTo("Connection lost");
        assertThat(logs.get(0).get("source").asText()).isEqualTo("manual");
        assertThat(logs.get(0).get("system_id").asLong()).isEqualTo(id);
        assertThat(logs.get(0).get("dependency_id").isNull()).isTrue();
    }

    @Test
    void settingTheSameStatusTwice_writesOneLogRow() {
        long id = createSystem("{\"name\":\"API\"}");

        server.call("POST", "/api/systems/" + id + "/status", "{\"status\":\"yellow\"}");
        server.call("POST", "/api/systems/" + id + "/status", "{\"status\":\"yellow\"}");

        assertThat(server.call("GET", "/api/logs", null).json()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{}|name is required",
            "{\"name\":\"  \"}|name is required",
            "{\"name\":42}|name must be a string",
            "{\"name\":\"API\",\"colour\":\"red\"}|unknown field 'colour'",
            "{\"name\":\"API\",\"sla_target\":\"99.9\"}|sla_target must be a number",
            "{\"name\":\"API\",\"sla_target\":150}|sla_target must be a number above 0 and at most 100",
            "{\"name\":\"API\",\"sla_target\":1e999}|sla_target must be a number",
            "{\"name\":\"API\",\"visibility\":\"secret\"}|visibility must be public or private",
            "{\"name\":\"API\",\"url\":\"ftp://x\"}|url must be an absolute http or https URL",
            "{\"name\":\"API\",\"slug\":\"Bad Slug\"}|slug must be",
            "{\"name\":\"API\\u0000\"}|name must not contain control characters",
            "[1,2]|request body must be a JSON object",
            "{\"name\":|malformed JSON",
            "{\"name\":\"a\"} {}|malformed JSON",
            "{\"name\":\"a\",\"name\":\"b\"}|malformed JSON",
    })
    void badInput_isA400NamingTheProblem_andChangesNothing(String body, String message) {
        assertError(server.call("POST", "/api/systems", body), 400, message);
        assertThat(server.vigil.systems.all()).isEmpty();
    }

    @Test
    void overlongName_isRefused() {
        assertError(server.call("POST", "/api/systems", "{\"name\":\"" + "x".repeat(201) + "\"}"), 400,
                "name must be at most 200 characters");
    }

    @Test
    void wrongContentType_is415() {
        var reply = server.send("POST", "/api/systems", "{\"name\":\"API\"}",
                Map.of("Authorization", "Bearer " + server.adminKey, "Content-Type", "text/plain"));

        assertError(reply, 415, "Content-Type must be application/json");
        assertThat(server.vigil.systems.all()).isEmpty();
    }

    @Test
    void missingContentType_is415() {
        var reply = server.send("POST", "/api/systems", "{\"name\":\"API\"}", Map.of("Authorization", "Bearer " + server.adminKey));

        assertError(reply, 415, "Content-Type must be application/json");
    }

    @Test
    void jsonWithCharset_isAccepted() {
        var reply = server.send("POST", "/api/systems", "{\"name\":\"API\"}",
                Map.of("Authorization", "Bearer " + server.adminKey, "Content-Type", "application/json; charset=utf-8"));

        assertThat(reply.status()).isEqualTo(201);
    }

    @Test
    void bodyOverOneMebibyte_is413() {
        String big = "{\"name\":\"API\",\"description\":\"" + "x".repeat(1024 * 1024) + "\"}";

        assertError(server.call("POST", "/api/systems", big), 413, "larger than 1048576 bytes");
        assertThat(server.vigil.systems.all()).isEmpty();
    }

    @Test
    void aClientStillSendingAnOversizedBody_readsThe413_insteadOfAReset() throws Exception {
        byte[] body = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) 'x');
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write(("POST /api/systems HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + server.adminKey
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            // Give the server time to answer and finish with the connection before the answer is read.
            Thread.sleep(500);
            String answer = new String(socket.getInputStream().readNBytes(12), java.nio.charset.StandardCharsets.US_ASCII);

            assertThat(answer).isEqualTo("HTTP/1.1 413");
        }
        assertThat(server.vigil.systems.all()).isEmpty();
    }

    @Test
    void emptyBody_is400() {
        assertError(server.call("POST", "/api/systems", ""), 400, "request body is empty");
    }

    @ParameterizedTest
    @CsvSource({"abc", "0", "-3", "99999999999999999999", "1.5"})
    void invalidIds_are400(String id) {
        assertError(server.call("GET", "/api/systems/" + id, null), 400, "id must be a positive integer");
    }

    @Test
    void unknownId_is404_forEveryVerb() {
        assertError(server.call("GET", "/api/systems/9", null), 404, "system 9 not found");
        assertError(server.call("PUT", "/api/systems/9", "{\"name\":\"x\"}"), 404, "system 9 not found");
        assertError(server.call("DELETE", "/api/systems/9", null), 404, "system 9 not found");
        assertError(server.call("POST", "/api/systems/9/status", "{\"status\":\"red\"}"), 404, "system 9 not found");
        assertError(server.call("GET", "/api/systems/9/logs", null), 404, "system 9 not found");
        assertError(server.call("GET", "/api/systems/9/dependencies", null), 404, "system 9 not found");
    }

    @Test
    void duplicateSlug_is409() {
        createSystem("{\"name\":\"API\"}");

        assertError(server.call("POST", "/api/systems", "{\"name\":\"Other\",\"slug\":\"api\"}"), 409, "slug 'api' is already used");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"status\":\"purple\"}|status must be one of green, yellow, red, maintenance, unknown",
            "{\"status\":\"unknown\"}|status unknown cannot be set by hand",
            "{}|status is required",
            "{\"status\":1}|status must be a string",
            "{\"status\":\"red\",\"by\":\"me\"}|unknown field 'by'",
    })
    void badStatus_is400(String body, String message) {
        long id = createSystem("{\"name\":\"API\"}");

        assertError(server.call("POST", "/api/systems/" + id + "/status", body), 400, message);
        assertThat(server.vigil.log.all()).isEmpty();
    }

    @Test
    void logsLimit_defaultsTo100_capsAt1000_andRejectsNonsense() {
        long id = createSystem("{\"name\":\"API\"}");
        for (int i = 0; i < 120; i++) {
            server.call("POST", "/api/systems/" + id + "/status", "{\"status\":\"" + (i % 2 == 0 ? "red" : "green") + "\"}");
        }

        assertThat(server.call("GET", "/api/logs", null).json()).hasSize(100);
        assertThat(server.call("GET", "/api/logs?limit=5", null).json()).hasSize(5);
        assertThat(server.call("GET", "/api/logs?limit=5000", null).json()).hasSize(120);
        assertError(server.call("GET", "/api/logs?limit=0", null), 400, "limit must be an integer of at least 1");
        assertError(server.call("GET", "/api/logs?limit=ten", null), 400, "limit must be an integer of at least 1");
    }

    @Test
    void unknownRoute_is404Json_andWrongMethod_is405Json() {
        assertError(server.call("GET", "/api/nothing", null), 404, "GET /api/nothing not found");
        assertError(server.call("PATCH", "/api/systems", "{}"), 405, "not allowed");
    }

    @Test
    void apiResponses_areNotCached_andNotSniffed() {
        var reply = server.call("GET", "/api/systems", null);

        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void autoIncidentAfter_defaultsToTwoMinutes_andIsSetInSeconds() {
        long id = createSystem("{\"name\":\"API\"}");

        assertThat(server.call("GET", "/api/systems/" + id, null).json().get("auto_incident_after").asLong())
                .isEqualTo(120);
        assertThat(server.call("PUT", "/api/systems/" + id, "{\"auto_incident_after\":0}").json()
                .get("auto_incident_after").asLong()).isZero();
        assertThat(createSystemReply("{\"name\":\"Web\",\"auto_incident_after\":600}").json()
                .get("auto_incident_after").asLong()).isEqualTo(600);
        assertError(server.call("PUT", "/api/systems/" + id, "{\"auto_incident_after\":604801}"), 400,
                "auto_incident_after must be between 0 and 604800");
        assertError(server.call("PUT", "/api/systems/" + id, "{\"auto_incident_after\":1.5}"), 400,
                "auto_incident_after must be an integer");
    }

    private ApiServer.Reply createSystemReply(String json) {
        return server.call("POST", "/api/systems", json);
    }
}
