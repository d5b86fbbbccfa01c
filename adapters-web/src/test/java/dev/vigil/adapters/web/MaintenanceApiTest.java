package dev.vigil.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaintenanceApiTest {
    private final ApiServer server = new ApiServer();
    private final long system = server.call("POST", "/api/systems", "{\"name\":\"Checkout API\"}").json().get("id").asLong();

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode schedule(String start, String end) {
        var reply = server.call("POST", "/api/maintenances", "{\"title\":\"DB upgrade\",\"description\":\"Postgres 17\","
                + "\"start_time\":\"" + start + "\",\"end_time\":\"" + end + "\",\"system_ids\":[" + system + "]}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private void assertError(ApiServer.Reply reply, int status, String messagePart) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.json().get("error").asText()).contains(messagePart);
    }

    @Test
    void schedule_comparesInstants_whateverTheOffset() {
        JsonNode window = schedule("2026-03-01T15:00:00+02:00", "2026-03-01T14:00:00Z");

        assertThat(window.get("start_time").asText()).isEqualTo("2026-03-01T13:00:00Z");
        assertThat(window.get("end_time").asText()).isEqualTo("2026-03-01T14:00:00Z");
        assertThat(window.get("state").asText()).isEqualTo("scheduled");
        assertThat(window.get("system_ids").get(0).asLong()).isEqualTo(system);
        assertThat(window.get("cancelled_at").isNull()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"title\":\"x\",\"start_time\":\"2026-03-01T14:00:00Z\",\"end_time\":\"2026-03-01T14:00:00Z\"}|end_time must be after start_time",
        "{\"title\":\"x\",\"start_time\":\"2026-03-01T13:00:00Z\"}|end_time is required",
        "{\"title\":\"x\",\"start_time\":\"2026-03-01 13:00\",\"end_time\":\"2026-03-01T14:00:00Z\"}|start_time must be an ISO-8601 time",
        "{\"title\":\"x\",\"start_time\":\"2026-03-01T13:00:00\",\"end_time\":\"2026-03-01T14:00:00Z\"}|start_time must be an ISO-8601 time with a zone",
        "{\"title\":\"x\",\"start_time\":\"2026-02-01T13:00:00Z\",\"end_time\":\"2026-03-01T14:00:00Z\"}|start_time must not be in the past",
        "{\"start_time\":\"2026-03-01T13:00:00Z\",\"end_time\":\"2026-03-01T14:00:00Z\"}|title is required",
        "{\"title\":\"x\",\"start_time\":\"2026-03-01T13:00:00Z\",\"end_time\":\"2026-03-01T14:00:00Z\",\"system_ids\":[42]}|system_ids names system 42",
        "{\"title\":\"x\",\"start_time\":\"2026-03-01T13:00:00Z\",\"end_time\":\"2026-03-01T14:00:00Z\",\"status\":\"scheduled\"}|unknown field 'status'"})
    void badInput_isA400_andStoresNothing(String body, String message) {
        assertError(server.call("POST", "/api/maintenances", body), 400, message);
        assertThat(server.vigil.maintenanceWindows.page(10, 0)).isEmpty();
    }

    @Test
    void aWindow_turnsItsSystemToMaintenance_whileInProgress_andBack() {
        long id = schedule("2026-03-01T12:00:00Z", "2026-03-01T13:00:00Z").get("id").asLong();

        assertThat(server.call("GET", "/api/systems/" + system, null).json().get("status").asText())
                .isEqualTo("maintenance");
        assertThat(server.call("GET", "/api/maintenances/active", null).json()).hasSize(1);
        var logs = server.call("GET", "/api/systems/" + system + "/logs", null).json();
        assertThat(logs.get(0).get("source").asText()).isEqualTo("maintenance");

        server.vigil.clock.advance(Duration.ofMinutes(10));
        var cancelled = server.call("POST", "/api/maintenances/" + id + "/cancel", null);

        assertThat(cancelled.json().get("state").asText()).isEqualTo("cancelled");
        assertThat(server.call("GET", "/api/systems/" + system, null).json().get("status").asText()).isEqualTo("green");
        assertError(server.call("POST", "/api/maintenances/" + id + "/cancel", null), 409, "already cancelled");
        assertError(server.call("DELETE", "/api/maintenances/" + id, null), 409, "took effect");
    }

    @Test
    void update_isPartial_andHistoryIsRefused() {
        long id = schedule("2026-03-01T13:00:00Z", "2026-03-01T14:00:00Z").get("id").asLong();

        var updated = server.call("PUT", "/api/maintenances/" + id, "{\"end_time\":\"2026-03-01T15:00:00Z\"}");

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("end_time").asText()).isEqualTo("2026-03-01T15:00:00Z");
        assertThat(updated.json().get("title").asText()).isEqualTo("DB upgrade");
        server.vigil.clock.advance(Duration.ofHours(4));
        assertError(server.call("PUT", "/api/maintenances/" + id, "{\"title\":\"x\"}"), 409, "is completed");
        assertThat(server.call("GET", "/api/maintenances/" + id, null).json().get("state").asText())
                .isEqualTo("completed");
    }

    @Test
    void upcoming_list_delete_andUnknownIds() {
        long later = schedule("2026-03-02T12:00:00Z", "2026-03-02T13:00:00Z").get("id").asLong();
        schedule("2026-03-01T13:00:00Z", "2026-03-01T14:00:00Z");

        assertThat(server.call("GET", "/api/maintenances/upcoming", null).json().get(1).get("id").asLong())
                .isEqualTo(later);
        assertThat(server.call("GET", "/api/maintenances", null).json().get(0).get("id").asLong()).isEqualTo(later);
        assertThat(server.call("DELETE", "/api/maintenances/" + later, null).status()).isEqualTo(204);
        assertError(server.call("GET", "/api/maintenances/" + later, null), 404, "maintenance " + later + " not found");
        assertError(server.call("POST", "/api/maintenances/77/cancel", null), 404, "maintenance 77 not found");
    }
}
