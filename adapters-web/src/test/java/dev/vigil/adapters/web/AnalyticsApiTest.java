package dev.vigil.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnalyticsApiTest {
    private final ApiServer server = new ApiServer();
    private long system;
    private long dependency;

    @BeforeEach
    void anHourOfOutageInADay() {
        system = server.call("POST", "/api/systems", "{\"name\":\"API\"}").json().get("id").asLong();
        dependency = server.call("POST", "/api/systems/" + system + "/dependencies", "{\"name\":\"DB\"}").json()
                .get("id").asLong();
        server.vigil.clock.advance(Duration.ofHours(1));
        server.call("POST", "/api/dependencies/" + dependency + "/status", "{\"status\":\"red\"}");
        server.vigil.clock.advance(Duration.ofHours(1));
        server.call("POST", "/api/dependencies/" + dependency + "/status", "{\"status\":\"green\"}");
        server.vigil.clock.advance(Duration.ofHours(22));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void overall_hasThePooledFigures_andEverySystemWithItsDependencies() {
        var reply = server.call("GET", "/api/analytics?period=24h", null);

        assertThat(reply.status()).isEqualTo(200);
        var json = reply.json();
        assertThat(json.get("entity_type").asText()).isEqualTo("overall");
        assertThat(json.get("period").asText()).isEqualTo("24h");
        assertThat(json.get("period_start").asText()).isEqualTo("2026-03-01T12:00:00Z");
        assertThat(json.get("availability_percent").asDouble()).isCloseTo(2300.0 / 24, within(1e-9));
        assertThat(json.get("total_unavailable_seconds").asDouble()).isEqualTo(3600.0);
        assertThat(json.get("mttr_seconds").asDouble()).isEqualTo(3600.0);
        assertThat(json.get("mtbf_seconds").isNull()).isTrue();
        var systemRow = json.get("systems").get(0);
        assertThat(systemRow.get("entity_type").asText()).isEqualTo("system");
        assertThat(systemRow.get("entity_id").asLong()).isEqualTo(system);
        assertThat(systemRow.get("dependencies").get(0).get("entity_name").asText()).isEqualTo("DB");
        assertThat(systemRow.get("dependencies").get(0).get("system_id").asLong()).isEqualTo(system);
    }

    @Test
    void perSystem_andPerDependency_andFromTo() {
        var ofSystem = server.call("GET", "/api/systems/" + system + "/analytics?period=7d", null).json();
        var ofDependency = server.call("GET", "/api/dependencies/" + dependency + "/analytics", null).json();
        var between = server.call("GET", "/api/systems/" + system
                + "/analytics?from=2026-03-01T13:00:00Z&to=2026-03-01T14:00:00Z", null).json();

        assertThat(ofSystem.get("outages").asLong()).isEqualTo(1);
        assertThat(ofSystem.get("longest_outage_seconds").asDouble()).isEqualTo(3600.0);
        assertThat(ofDependency.get("entity_type").asText()).isEqualTo("dependency");
        assertThat(ofDependency.get("period").asText()).isEqualTo("24h");
        assertThat(between.get("period").asText()).isEqualTo("custom");
        assertThat(between.get("availability_percent").asDouble()).isZero();
        assertThat(between.get("uptime_percent").asDouble()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/api/analytics?period=2w|period must be one of 1h, 24h, 7d, 30d, 90d",
        "/api/analytics?period=24h&from=2026-03-01T13:00:00Z|not both",
        "/api/analytics?from=yesterday|from must be an ISO-8601 time",
        "/api/analytics?to=2026-03-01T13:00:00Z|from is required with to",
        "/api/analytics?from=2026-03-01T13:00:00Z&to=2026-03-09T00:00:00Z|to must not be in the future",
        "/api/analytics?from=2026-03-01T13:00:00Z&to=2026-03-01T13:00:00Z|to must be after from"})
    void badWindows_are400(String path, String message) {
        var reply = server.call("GET", path, null);

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).contains(message);
    }

    @Test
    void unknownIds_are404() {
        assertThat(server.call("GET", "/api/systems/99/analytics", null).status()).isEqualTo(404);
        assertThat(server.call("GET", "/api/dependencies/99/analytics", null).status()).isEqualTo(404);
    }
}
