package dev.vigil.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApiAccessTest {
    private final ApiServer server = new ApiServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void noCredentials_is401_withAHint() {
        var reply = server.send("GET", "/api/systems", null, Map.of());

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("error").asText()).contains("Authorization: Bearer");
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void wrongKey_is401() {
        assertThat(server.as("vgl_not-a-real-key-at-all-000000000000", "GET", "/api/systems", null).status()).isEqualTo(401);
        assertThat(server.send("GET", "/api/systems", null, Map.of("Authorization", "Basic YWRtaW46YWRtaW4=")).status())
                .isEqualTo(401);
    }

    @Test
    void xApiKeyHeader_works_andBearerIsCaseInsensitive() {
        assertThat(server.send("GET", "/api/systems", null, Map.of("X-API-Key", server.readKey)).status()).isEqualTo(200);
        assertThat(server.send("GET", "/api/systems", null, Map.of("Authorization", "bearer " + server.readKey)).status())
                .isEqualTo(200);
    }

    @Test
    void readKey_canRead_butNotWrite() {
        assertThat(server.as(server.readKey, "GET", "/api/systems", null).status()).isEqualTo(200);

        var reply = server.as(server.readKey, "POST", "/api/systems", "{\"name\":\"API\"}");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().get("error").asText()).isEqualTo("this API key lacks the 'write' scope");
        assertThat(server.vigil.systems.all()).isEmpty();
    }

    @Test
    void writeKey_canWrite_butNotManageKeys() {
        assertThat(server.as(server.writeKey, "POST", "/api/systems", "{\"name\":\"API\"}").status()).isEqualTo(201);
        assertThat(server.as(server.writeKey, "GET", "/api/apikeys", null).status()).isEqualTo(403);
        assertThat(server.as(server.writeKey, "POST", "/api/apikeys", "{\"name\":\"x\",\"scopes\":[\"admin\"]}").status())
                .isEqualTo(403);
    }

    @Test
    void authenticationComesBeforeBodyValidation() {
        assertThat(server.send("POST", "/api/systems", "not json", Map.of("Content-Type", "text/plain")).status())
                .isEqualTo(401);
    }

    @Test
    void createdKey_showsItsSecretOnce_andWorks() {
        var created = server.call("POST", "/api/apikeys", "{\"name\":\"deploy\",\"scopes\":[\"read\",\"write\"],\"expires_in_days\":30}");

        assertThat(created.status()).isEqualTo(201);
        String secret = created.json().get("key").asText();
        assertThat(secret).startsWith("vgl_");
        assertThat(created.json().get("expires_at").asText()).isEqualTo("2026-03-31T12:00:00Z");
        assertThat(server.as(secret, "POST", "/api/systems", "{\"name\":\"API\"}").status()).isEqualTo(201);
        var listed = server.call("GET", "/api/apikeys", null);
        assertThat(listed.body()).doesNotContain(secret);
        assertThat(listed.json()).hasSize(4);
        assertThat(listed.json().get(3).get("last_used_at").asText()).isEqualTo("2026-03-01T12:00:00Z");
    }

    @Test
    void revokedKey_stopsWorking() {
        var created = server.call("POST", "/api/apikeys", "{\"name\":\"temp\"}").json();

        assertThat(server.call("DELETE", "/api/apikeys/" + created.get("id").asLong(), null).status()).isEqualTo(204);

        assertThat(server.as(created.get("key").asText(), "GET", "/api/systems", null).status()).isEqualTo(401);
        assertThat(server.call("DELETE", "/api/apikeys/" + created.get("id").asLong(), null).status()).isEqualTo(404);
    }

    @Test
    void badKeyRequests_are400() {
        assertThat(server.call("POST", "/api/apikeys", "{\"name\":\"x\",\"scopes\":[\"root\"]}").json().get("error").asText())
                .isEqualTo("scope must be read, write or admin");
        assertThat(server.call("POST", "/api/apikeys", "{\"name\":\"x\",\"scopes\":[]}").status()).isEqualTo(400);
        assertThat(server.call("POST", "/api/apikeys", "{\"name\":\"x\",\"expires_at\":\"yesterday\"}").status()).isEqualTo(400);
        assertThat(server.call("POST", "/api/apikeys", "{\"name\":\"x\",\"expires_at\":\"2020-01-01T00:00:00Z\"}")
                .json().get("error").asText()).isEqualTo("expires_at must be in the future");
        assertThat(server.call("POST", "/api/apikeys", "{\"name\":\"x\",\"expires_in_days\":0}").status()).isEqualTo(400);
        assertThat(server.call("POST", "/api/apikeys", "{\"scopes\":[\"read\"]}").json().get("error").asText())
                .isEqualTo("name is required");
        assertThat(server.vigil.apiKeys.all()).hasSize(3);
    }

    @Test
    void healthEndpoints_arePublic() {
        assertThat(server.send("GET", "/healthz", null, Map.of()).status()).isEqualTo(200);
        assertThat(server.send("GET", "/readyz", null, Map.of()).status()).isEqualTo(200);
        server.databaseUp.set(false);
        var reply = server.send("GET", "/readyz", null, Map.of());
        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.json().get("error").asText()).isEqualTo("database unavailable");
    }
}
