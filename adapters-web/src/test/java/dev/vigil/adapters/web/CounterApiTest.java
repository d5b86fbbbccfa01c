package dev.vigil.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CounterApiTest {
    private final ApiServer server = new ApiServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private void assertError(ApiServer.Reply reply, int status, String message) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.json().get("error").asText()).isEqualTo(message);
    }

    @Test
    void put_createsTheCounter_thenUpdatesIt_keepingTheLabel() {
        var created = server.as(server.writeKey, "PUT", "/api/counters/messages_last_24h",
                "{\"value\": 12, \"label\": \"Messages, last 24 h\"}");
        server.vigil.clock.advance(java.time.Duration.ofMinutes(1));
        var updated = server.as(server.writeKey, "PUT", "/api/counters/messages_last_24h", "{\"value\": 13}");

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().get("value").asLong()).isEqualTo(12);
        assertThat(updated.json().get("name").asText()).isEqualTo("messages_last_24h");
        assertThat(updated.json().get("label").asText()).isEqualTo("Messages, last 24 h");
        assertThat(updated.json().get("value").asLong()).isEqualTo(13);
        assertThat(updated.json().get("created_at").asText()).isEqualTo("2026-03-01T12:00:00Z");
        assertThat(updated.json().get("updated_at").asText()).isEqualTo("2026-03-01T12:01:00Z");
        var listed = server.as(server.readKey, "GET", "/api/counters", null);
        assertThat(listed.json()).hasSize(1);
        assertThat(listed.json().get(0).get("value").asLong()).isEqualTo(13);
    }

    @Test
    void delete_removesTheCounter_andAnUnknownOneIs404() {
        server.call("PUT", "/api/counters/online_now", "{\"value\": 3}");

        assertThat(server.as(server.writeKey, "DELETE", "/api/counters/online_now", null).status()).isEqualTo(204);

        assertThat(server.vigil.counters.all()).isEmpty();
        assertError(server.call("DELETE", "/api/counters/online_now", null), 404, "counter 'online_now' not found");
    }

    @Test
    void writing_needsTheWriteScope_andReadingTheReadScope() {
        assertThat(server.as(server.readKey, "PUT", "/api/counters/x", "{\"value\": 1}").status()).isEqualTo(403);
        assertThat(server.as(server.readKey, "DELETE", "/api/counters/x", null).status()).isEqualTo(403);
        assertThat(server.send("GET", "/api/counters", null, Map.of()).status()).isEqualTo(401);
        assertThat(server.vigil.counters.all()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/counters/x | {\"label\": \"X\"}                  | value is required",
            "/api/counters/x | {\"value\": 1.5}                    | value must be an integer",
            "/api/counters/x | {\"value\": \"12\"}                 | value must be an integer",
            "/api/counters/x | {\"value\": 9007199254740992}       | value must be between -9007199254740991 and 9007199254740991",
            "/api/counters/x | {\"value\": 1, \"label\": null}      | label is required",
            "/api/counters/x | {\"value\": 1, \"label\": 5}         | label must be a string",
            "/api/counters/x | {\"value\": 1, \"colour\": \"red\"} | unknown field 'colour'; allowed: label, value",
            "/api/counters/Bad-Name | {\"value\": 1}               | counter name must be 1 to 64 lower-case letters, digits and underscores, starting with a letter",
    })
    void badInput_is400_namingTheProblem_andChangesNothing(String path, String body, String message) {
        assertError(server.call("PUT", path, body), 400, message);

        assertThat(server.vigil.counters.all()).isEmpty();
    }

    @Test
    void theFiftyFirstCounter_is409() {
        for (int i = 0; i < 50; i++) {
            assertThat(server.call("PUT", "/api/counters/c" + i, "{\"value\": " + i + "}").status()).isEqualTo(200);
        }

        var refused = server.call("PUT", "/api/counters/one_too_many", "{\"value\": 1}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("error").asText()).contains("already shows 50 counters");
        assertThat(server.vigil.counters.count()).isEqualTo(50);
    }
}
