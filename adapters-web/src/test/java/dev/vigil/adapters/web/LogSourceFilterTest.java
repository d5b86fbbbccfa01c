package dev.vigil.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code ?source=} on the log routes: the filter the admin logs page uses, through the same use case. */
class LogSourceFilterTest {
    private final ApiServer server = new ApiServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void source_keepsOnlyChangesFromThatSource_onEveryLogRoute() {
        long system = server.call("POST", "/api/systems", "{\"name\":\"Shop\"}").json().get("id").asLong();
        long dependency = server.call("POST", "/api/systems/" + system + "/dependencies", "{\"name\":\"DB\"}")
                .json().get("id").asLong();
        server.call("POST", "/api/dependencies/" + dependency + "/status", "{\"status\":\"red\"}");

        var manual = server.call("GET", "/api/logs?source=manual", null).json();
        var rollup = server.call("GET", "/api/systems/" + system + "/logs?source=ROLLUP", null).json();
        var ofDependency = server.call("GET", "/api/dependencies/" + dependency + "/logs?source=rollup", null).json();

        assertThat(manual).hasSize(1);
        assertThat(manual.get(0).get("dependency_id").asLong()).isEqualTo(dependency);
        assertThat(rollup).hasSize(1);
        assertThat(rollup.get(0).get("source").asText()).isEqualTo("rollup");
        assertThat(ofDependency).isEmpty();
        assertThat(server.call("GET", "/api/logs", null).json()).hasSize(2);
    }

    @Test
    void anUnknownSource_is400() {
        var reply = server.call("GET", "/api/logs?source=gossip", null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).isEqualTo("source must be one of manual, check, rollup, maintenance, import");
    }
}
