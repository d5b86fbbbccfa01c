package dev.vigil.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IncidentApiTest {
    private final ApiServer server = new ApiServer();
    private final long system = server.call("POST", "/api/systems", "{\"name\":\"Checkout API\"}").json().get("id").asLong();

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode open(String extra) {
        var reply = server.call("POST", "/api/incidents", "{\"title\":\"Checkout errors\",\"message\":\"Elevated 5xx\","
                + "\"system_ids\":[" + system + "]" + extra + "}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private void assertError(ApiServer.Reply reply, int status, String messagePart) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.json().size()).isEqualTo(1);
        assertThat(reply.json().get("error").asText()).contains(messagePart);
    }

    @Test
    void open_returns201_withTheDesignFields_andTheKeyNameAsAuthor() {
        JsonNode incident = open(",\"impact\":\"major\"");

        assertThat(incident.get("id").asLong()).isPositive();
        assertThat(incident.get("title").asText()).isEqualTo("Checkout errors");
        assertThat(incident.get("impact").asText()).isEqualTo("major");
        assertThat(incident.get("state").asText()).isEqualTo("investigating");
        assertThat(incident.get("origin").asText()).isEqualTo("manual");
        assertThat(incident.get("system_ids").get(0).asLong()).isEqualTo(system);
        assertThat(incident.get("started_at").asText()).isEqualTo("2026-03-01T12:00:00Z");
        assertThat(incident.get("resolved_at").isNull()).isTrue();
        assertThat(incident.get("acknowledged_by").isNull()).isTrue();
        assertThat(incident.get("updates").get(0).get("created_by").asText()).isEqualTo("admin key");
        assertThat(incident.get("updates").get(0).get("visibility").asText()).isEqualTo("public");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"title\":\"x\",\"message\":\"m\",\"impact\":\"severe\"}|impact must be one of none, minor, major, critical",
        "{\"title\":\"x\",\"message\":\"m\",\"impact\":3}|impact must be a string",
        "{\"message\":\"m\"}|title is required",
        "{\"title\":\"x\"}|message is required",
        "{\"title\":\"x\",\"message\":\"m\",\"system_ids\":[0]}|system_ids must be an array of positive integers",
        "{\"title\":\"x\",\"message\":\"m\",\"system_ids\":[99]}|system_ids names system 99, which does not exist",
        "{\"title\":\"x\",\"message\":\"m\",\"severity\":\"minor\"}|unknown field 'severity'",
        "{\"title\":\"x\",\"message\":\"m\",\"visibility\":\"secret\"}|visibility must be public or internal",
        "{\"title\":\"x\",\"message\":\"m\",\"started_at\":\"yesterday\"}|started_at must be an ISO-8601 time",
        "{\"title\":\"x\",\"message\":\"m\",\"started_at\":\"2030-01-01T00:00:00Z\"}|started_at must not be in the future"})
    void badInput_isA400NamingTheProblem_andStoresNothing(String body, String message) {
        assertError(server.call("POST", "/api/incidents", body), 400, message);
        assertThat(server.vigil.incidents.page(10, 0)).isEmpty();
    }

    @Test
    void theStateMachine_isEnforced_illegalMovesAre409_andInvalidStatesA400() {
        long id = open("").get("id").asLong();

        var identified = server.call("POST", "/api/incidents/" + id + "/status",
                "{\"state\":\"identified\",\"message\":\"Disk full\"}");
        assertThat(identified.status()).isEqualTo(200);
        assertThat(identified.json().get("state").asText()).isEqualTo("identified");
        assertThat(identified.json().get("updates").get(0).get("message").asText()).isEqualTo("Disk full");
        assertError(server.call("POST", "/api/incidents/" + id + "/status", "{\"state\":\"identified\"}"), 409,
                "already identified");
        assertError(server.call("POST", "/api/incidents/" + id + "/status", "{\"state\":\"fixed\"}"), 400,
                "state must be one of investigating, identified, monitoring, resolved");
        assertError(server.call("POST", "/api/incidents/" + id + "/status", "{\"status\":\"monitoring\"}"), 400,
                "unknown field 'status'");
        assertThat(server.call("GET", "/api/incidents/" + id, null).json().get("updates")).hasSize(2);
    }

    @Test
    void resolve_withAPostmortem_thenNothingButThePostmortemChanges() {
        long id = open("").get("id").asLong();
        server.vigil.clock.advance(Duration.ofMinutes(30));

        var resolved = server.call("POST", "/api/incidents/" + id + "/resolve", "{\"postmortem\":\"A full disk.\"}");

        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.json().get("state").asText()).isEqualTo("resolved");
        assertThat(resolved.json().get("resolved_at").asText()).isEqualTo("2026-03-01T12:30:00Z");
        assertThat(resolved.json().get("duration_seconds").asLong()).isEqualTo(1800);
        assertThat(resolved.json().get("postmortem").asText()).isEqualTo("A full disk.");
        assertError(server.call("POST", "/api/incidents/" + id + "/resolve", null), 409, "is resolved");
        assertError(server.call("POST", "/api/incidents/" + id + "/updates", "{\"message\":\"late\"}"), 409,
                "is resolved");
        assertError(server.call("PUT", "/api/incidents/" + id, "{\"impact\":\"critical\"}"), 409, "is resolved");
        var postmortem = server.call("PUT", "/api/incidents/" + id, "{\"postmortem\":\"A full disk, again.\"}");
        assertThat(postmortem.status()).isEqualTo(200);
        assertThat(postmortem.json().get("postmortem").asText()).isEqualTo("A full disk, again.");
    }

    @Test
    void updates_arePublicOrInternal_newestFirst() {
        long id = open("").get("id").asLong();

        var posted = server.call("POST", "/api/incidents/" + id + "/updates",
                "{\"message\":\"Shard 7 lost quorum\",\"visibility\":\"internal\",\"by\":\"bob\"}");
        var list = server.call("GET", "/api/incidents/" + id + "/updates", null);

        assertThat(posted.status()).isEqualTo(201);
        assertThat(posted.json().get("number").asInt()).isEqualTo(2);
        assertThat(posted.json().get("visibility").asText()).isEqualTo("internal");
        assertThat(posted.json().get("created_by").asText()).isEqualTo("bob");
        assertThat(list.json()).hasSize(2);
        assertThat(list.json().get(0).get("message").asText()).isEqualTo("Shard 7 lost quorum");
        assertError(server.call("POST", "/api/incidents/" + id + "/updates", "{\"message\":\" \"}"), 400,
                "message is required");
    }

    @Test
    void acknowledge_once_withWhoAndWhen() {
        long id = open("").get("id").asLong();

        var acknowledged = server.call("POST", "/api/incidents/" + id + "/acknowledge", "{\"by\":\"carol\"}");

        assertThat(acknowledged.json().get("acknowledged_by").asText()).isEqualTo("carol");
        assertThat(acknowledged.json().get("acknowledged_at").asText()).isEqualTo("2026-03-01T12:00:00Z");
        assertError(server.call("POST", "/api/incidents/" + id + "/acknowledge", null), 409,
                "already acknowledged by carol");
    }

    @Test
    void lists_pageActiveAndRecent() {
        long first = open("").get("id").asLong();
        server.vigil.clock.advance(Duration.ofMinutes(1));
        long second = open(",\"impact\":\"critical\"").get("id").asLong();
        server.call("POST", "/api/incidents/" + first + "/resolve", null);

        assertThat(server.call("GET", "/api/incidents?limit=1", null).json().get(0).get("id").asLong()).isEqualTo(second);
        assertThat(server.call("GET", "/api/incidents?limit=1&offset=1", null).json().get(0).get("id").asLong())
                .isEqualTo(first);
        assertThat(server.call("GET", "/api/incidents/active", null).json()).hasSize(1);
        assertThat(server.call("GET", "/api/incidents/recent?days=1", null).json().get(0).get("id").asLong())
                .isEqualTo(first);
        assertError(server.call("GET", "/api/incidents/recent?days=0", null), 400, "days must be an integer");
        assertError(server.call("GET", "/api/incidents?limit=x", null), 400, "limit must be an integer");
    }

    @Test
    void unknownIds_are404_andDeleteIs204() {
        long id = open("").get("id").asLong();

        assertThat(server.call("DELETE", "/api/incidents/" + id, null).status()).isEqualTo(204);
        assertError(server.call("GET", "/api/incidents/" + id, null), 404, "incident " + id + " not found");
        assertError(server.call("POST", "/api/incidents/999/resolve", null), 404, "incident 999 not found");
        assertError(server.call("GET", "/api/incidents/abc", null), 400, "id must be a positive integer");
    }

    @Test
    void aReadKey_canReadIncidents_butNotOpenThem() {
        open("");

        assertThat(server.as(server.readKey, "GET", "/api/incidents", null).status()).isEqualTo(200);
        assertThat(server.as(server.readKey, "POST", "/api/incidents", "{\"title\":\"x\",\"message\":\"m\"}").status())
                .isEqualTo(403);
    }
}
