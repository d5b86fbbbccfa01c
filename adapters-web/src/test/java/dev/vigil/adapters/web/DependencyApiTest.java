package dev.vigil.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DependencyApiTest {
    private final ApiServer server = new ApiServer();
    private long systemId;

    @BeforeEach
    void createSystem() {
        systemId = server.call("POST", "/api/systems", "{\"name\":\"Checkout API\"}").json().get("id").asLong();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private long addDependency(String json) {
        var reply = server.call("POST", "/api/systems/" + systemId + "/dependencies", json);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    private String systemStatus() {
        return server.call("GET", "/api/systems/" + systemId, null).json().get("status").asText();
    }

    @Test
    void add_returns201_withTheSeed002Fields_criticalByDefault() {
        var reply = server.call("POST", "/api/systems/" + systemId + "/dependencies",
                "{\"name\":\"PostgreSQL\",\"description\":\"Main database\"}");

        assertThat(reply.status()).isEqualTo(201);
        var json = reply.json();
        assertThat(json.get("system_id").asLong()).isEqualTo(systemId);
        assertThat(json.get("name").asText()).isEqualTo("PostgreSQL");
        assertThat(json.get("description").asText()).isEqualTo("Main database");
        assertThat(json.get("status").asText()).isEqualTo("green");
        assertThat(json.get("criticality").asText()).isEqualTo("critical");
        assertThat(json.has("created_at")).isTrue();
        assertThat(json.has("updated_at")).isTrue();
    }

    @Test
    void list_isAnArray_emptyAtFirst() {
        assertThat(server.call("GET", "/api/systems/" + systemId + "/dependencies", null).body()).isEqualTo("[]");
        addDependency("{\"name\":\"Redis\"}");
        assertThat(server.call("GET", "/api/systems/" + systemId + "/dependencies", null).json()).hasSize(1);
    }

    @Test
    void criticalRed_turnsTheSystemRed_withARollupLogNamingTheCause() {
        long db = addDependency("{\"name\":\"PostgreSQL\"}");

        var reply = server.call("POST", "/api/dependencies/" + db + "/status", "{\"status\":\"red\",\"message\":\"Connection lost\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("status").asText()).isEqualTo("red");
        assertThat(systemStatus()).isEqualTo("red");
        var logs = server.call("GET", "/api/systems/" + systemId + "/logs", null).json();
        assertThat(logs).hasSize(2);
        assertThat(logs.get(0).get("source").asText()).isEqualTo("rollup");
        assertThat(logs.get(0).get("cause_dependency_id").asLong()).isEqualTo(db);
        assertThat(logs.get(0).get("dependency_id").isNull()).isTrue();
        assertThat(logs.get(1).get("dependency_id").asLong()).isEqualTo(db);
        assertThat(logs.get(1).get("message").asText()).isEqualTo("Connection lost");
        assertThat(server.call("GET", "/api/dependencies/" + db + "/logs", null).json()).hasSize(1);
    }

    @Test
    void minorRed_onlyTurnsTheSystemYellow() {
        long cache = addDependency("{\"name\":\"Redis\",\"criticality\":\"minor\"}");

        server.call("POST", "/api/dependencies/" + cache + "/status", "{\"status\":\"red\"}");

        assertThat(systemStatus()).isEqualTo("yellow");
    }

    @Test
    void deletingTheLastDependency_recomputesTheSystem() {
        long db = addDependency("{\"name\":\"PostgreSQL\"}");
        server.call("POST", "/api/dependencies/" + db + "/status", "{\"status\":\"red\"}");

        assertThat(server.call("DELETE", "/api/dependencies/" + db, null).status()).isEqualTo(204);

        assertThat(systemStatus()).isEqualTo("green");
        assertThat(server.call("GET", "/api/dependencies/" + db, null).status()).isEqualTo(404);
        assertThat(server.call("GET", "/api/logs", null).json()).hasSize(3);
    }

    @Test
    void update_isPartial() {
        long db = addDependency("{\"name\":\"DB\",\"description\":\"Main\"}");

        var reply = server.call("PUT", "/api/dependencies/" + db, "{\"criticality\":\"MINOR\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("name").asText()).isEqualTo("DB");
        assertThat(reply.json().get("criticality").asText()).isEqualTo("minor");
    }

    @Test
    void badInput_is400_andUnknownIds_are404() {
        assertThat(server.call("POST", "/api/systems/" + systemId + "/dependencies", "{\"name\":\"DB\",\"criticality\":\"vital\"}")
                .json().get("error").asText()).isEqualTo("criticality must be critical or minor");
        assertThat(server.call("POST", "/api/systems/999/dependencies", "{\"name\":\"DB\"}").status()).isEqualTo(404);
        assertThat(server.call("GET", "/api/dependencies/999", null).status()).isEqualTo(404);
        assertThat(server.call("PUT", "/api/dependencies/999", "{\"name\":\"x\"}").status()).isEqualTo(404);
        assertThat(server.call("DELETE", "/api/dependencies/999", null).status()).isEqualTo(404);
        assertThat(server.call("POST", "/api/dependencies/999/status", "{\"status\":\"red\"}").status()).isEqualTo(404);
        assertThat(server.call("GET", "/api/dependencies/999/logs", null).status()).isEqualTo(404);
        assertThat(server.vigil.dependencies.ofSystem(new dev.vigil.domain.system.SystemId(systemId))).isEmpty();
    }

    @Test
    void deletingASystem_deletesItsDependencies_andKeepsTheHistory() {
        long db = addDependency("{\"name\":\"PostgreSQL\"}");
        server.call("POST", "/api/dependencies/" + db + "/status", "{\"status\":\"red\"}");

        server.call("DELETE", "/api/systems/" + systemId, null);

        assertThat(server.call("GET", "/api/dependencies/" + db, null).status()).isEqualTo(404);
        assertThat(server.call("GET", "/api/logs", null).json()).hasSize(2);
    }
}
