package dev.vigil.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.domain.check.CheckFixtures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckApiTest {
    private final ApiServer server = new ApiServer();
    private long systemId;
    private long dependencyId;

    @BeforeEach
    void createDependency() {
        systemId = server.call("POST", "/api/systems", "{\"name\":\"Checkout API\"}").json().get("id").asLong();
        dependencyId = server.call("POST", "/api/systems/" + systemId + "/dependencies", "{\"name\":\"PostgreSQL\"}")
                .json().get("id").asLong();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String path(String suffix) {
        return "/api/dependencies/" + dependencyId + suffix;
    }

    private ApiServer.Reply put(String json) {
        return server.call("PUT", path("/check"), json);
    }

    private JsonNode dependency() {
        return server.call("GET", path(""), null).json();
    }

    @Test
    void putHttpCheck_showsItInTheDependency_withoutItsSecrets_andTheDependencyWaitsInUnknown() {
        var reply = put("""
                {"type": "http", "url": "https://db-proxy.internal/health", "method": "post", "interval": 30,
                 "timeout": 2.5, "headers": {"Authorization": "Bearer s3cret"}, "body": "{\\"q\\":1}",
                 "expect_status": "200-299,301", "expect_body": "\\"status\\":\\\\s*\\"ok\\"",
                 "degraded_latency_ms": 800, "failure_threshold": 2}""");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.body()).doesNotContain("s3cret").doesNotContain("\\\"q\\\"");
        JsonNode check = dependency().get("check");
        assertThat(dependency().get("status").asText()).isEqualTo("unknown");
        assertThat(check.get("type").asText()).isEqualTo("http");
        assertThat(check.get("url").asText()).isEqualTo("https://db-proxy.internal/health");
        assertThat(check.get("method").asText()).isEqualTo("POST");
        assertThat(check.get("interval").asLong()).isEqualTo(30);
        assertThat(check.get("timeout").asDouble()).isEqualTo(2.5);
        assertThat(check.get("header_names")).hasSize(1);
        assertThat(check.get("header_names").get(0).asText()).isEqualTo("Authorization");
        assertThat(check.get("body_set").asBoolean()).isTrue();
        assertThat(check.get("expect_status").asText()).isEqualTo("200-299,301");
        assertThat(check.get("degraded_latency_ms").asLong()).isEqualTo(800);
        assertThat(check.get("failure_threshold").asInt()).isEqualTo(2);
        assertThat(check.get("success_threshold").asInt()).isEqualTo(1);
        assertThat(check.has("last_check_at")).isTrue();
        assertThat(check.get("last_check_at").isNull()).isTrue();
        assertThat(check.get("consecutive_failures").asInt()).isZero();
        assertThat(check.has("host")).isFalse();
        assertThat(check.has("push_token")).isFalse();
        assertThat(server.call("GET", "/api/systems/" + systemId + "/dependencies", null).json().get(0).get("check")
                .get("type").asText()).isEqualTo("http");
    }

    @Test
    void badCheckBodies_are400sNamingTheField_andChangeNothing() {
        Map<String, String> cases = Map.ofEntries(
                Map.entry("{\"type\":\"http\",\"url\":\"ftp://x/\"}", "url must start with http:// or https://"),
                Map.entry("{\"type\":\"http\",\"url\":\"http://x/\",\"interval\":1}", "interval must be at least 5 seconds"),
                Map.entry("{\"type\":\"http\",\"url\":\"http://x/\",\"timeout\":600}", "timeout must be between 0.1 and 60 seconds"),
                Map.entry("{\"type\":\"http\",\"url\":\"http://x/\",\"expect_status\":\"abc\"}", "expect_status must be"),
                Map.entry("{\"type\":\"http\",\"url\":\"http://x/\",\"expect_body\":\"(ok\"}", "expect_body is not a valid regular expression"),
                Map.entry("{\"type\":\"http\",\"url\":\"http://x/\",\"expect_body\":\"a\",\"expect_body_contains\":\"b\"}", "at most one of"),
                Map.entry("{\"type\":\"http\",\"url\":\"http://x/\",\"headers\":{\"Host\":\"x\"}}", "Host is set by Vigil"),
                Map.entry("{\"type\":\"http\",\"url\":\"http://x/\",\"port\":80}", "unknown field 'port'"),
                Map.entry("{\"type\":\"tcp\",\"host\":\"db\"}", "port is required"),
                Map.entry("{\"type\":\"tcp\",\"host\":\"db\",\"port\":70000}", "port must be between 1 and 65535"),
                Map.entry("{\"type\":\"push\"}", "a push check needs period (seconds) or cron"),
                Map.entry("{\"type\":\"push\",\"cron\":\"0 0 30 2 *\"}", "never fires"),
                Map.entry("{\"type\":\"push\",\"period\":60,\"timezone\":\"Mars/Base\"}", "timezone must be"),
                Map.entry("{\"type\":\"smtp\"}", "type must be http, tcp or push"),
                Map.entry("{\"type\":\"http\",\"url\":\"http://x/\",\"failure_threshold\":0}", "failure_threshold must be between 1 and 100"),
                Map.entry("{\"type\":\"http\",\"url\":\"http://169.254.169.254/\"}", "url is refused by the outbound policy"));

        cases.forEach((body, message) -> {
            var reply = put(body);
            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.json().get("error").asText()).as(body).contains(message);
        });
        assertThat(dependency().get("check").isNull()).isTrue();
        assertThat(dependency().get("status").asText()).isEqualTo("green");
    }

    @Test
    void heartbeatShorthand_configuresAnHttpCheck_andDeleteDisablesIt() {
        var reply = server.call("POST", path("/heartbeat"), "{\"url\":\"https://api.example.com/health\",\"interval\":60}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("check").get("type").asText()).isEqualTo("http");
        var deleted = server.call("DELETE", path("/heartbeat"), null);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().get("check").isNull()).isTrue();
        assertThat(deleted.json().get("status").asText()).isEqualTo("green");
        assertThat(server.call("DELETE", path("/check"), null).status()).isEqualTo(409);
    }

    @Test
    void runNow_returnsTheResult_andRecordsIt() {
        put("{\"type\":\"tcp\",\"host\":\"db.internal\",\"port\":5432}");
        server.vigil.probe.failWith("connection to db.internal:5432 refused");

        var reply = server.call("POST", path("/check"), null);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("result").get("result").asText()).isEqualTo("down");
        assertThat(reply.json().get("result").get("error").asText()).isEqualTo("connection to db.internal:5432 refused");
        assertThat(reply.json().get("dependency").get("status").asText()).isEqualTo("yellow");
        JsonNode check = dependency().get("check");
        assertThat(check.get("last_error").asText()).isEqualTo("connection to db.internal:5432 refused");
        assertThat(check.get("consecutive_failures").asInt()).isEqualTo(1);
        assertThat(check.get("last_latency_ms").asLong()).isEqualTo(3);
        var log = server.call("GET", path("/logs"), null).json().get(0);
        assertThat(log.get("source").asText()).isEqualTo("check");
        assertThat(log.get("message").asText()).isEqualTo("Check failed once: connection to db.internal:5432 refused");
    }

    @Test
    void pushCheck_tokenShownOnce_pingIsPublic_andUnknownTokensAre404() {
        var reply = put("{\"type\":\"push\",\"period\":300,\"grace\":60}");
        String token = reply.json().get("check").get("push_token").asText();
        assertThat(token).startsWith("vgp_");
        assertThat(reply.json().get("check").get("push_url").asText()).isEqualTo("/api/push/" + token);
        assertThat(dependency().get("check").has("push_token")).isFalse();
        assertThat(dependency().get("check").get("push_state").asText()).isEqualTo("waiting");

        var ping = server.send("GET", "/api/push/" + token, null, Map.of());
        var postPing = server.send("POST", "/api/push/" + token + "?status=up", "whatever", Map.of());

        assertThat(ping.status()).isEqualTo(200);
        assertThat(ping.json().get("ok").asBoolean()).isTrue();
        assertThat(postPing.status()).isEqualTo(200);
        JsonNode check = dependency().get("check");
        assertThat(check.get("push_state").asText()).isEqualTo("running");
        assertThat(check.get("last_ping_at").isNull()).isFalse();
        assertThat(dependency().get("status").asText()).isEqualTo("green");
        var unknown = server.send("GET", "/api/push/vgp_guessed", null, Map.of());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error").asText()).isEqualTo("unknown push token");
        assertThat(server.send("GET", "/api/push/" + token + "?status=maybe", null, Map.of()).status()).isEqualTo(400);
    }

    @Test
    void aDownPing_carriesTheJobsMessage_andSilenceGoesMissing() {
        String token = put("{\"type\":\"push\",\"period\":60,\"grace\":0}").json().get("check").get("push_token").asText();

        var down = server.send("POST", "/api/push/" + token + "?status=down&msg=disk%20full", null, Map.of());
        assertThat(down.status()).isEqualTo(200);
        assertThat(dependency().get("check").get("last_error").asText()).isEqualTo("disk full");

        server.vigil.clock.advance(Duration.ofSeconds(61));
        server.vigil.checkHeartbeats.checkOverdue();

        JsonNode after = dependency();
        assertThat(after.get("status").asText()).isEqualTo("red");
        assertThat(after.get("check").get("push_state").asText()).isEqualTo("missing");
        assertThat(after.get("check").get("last_error").asText()).isEqualTo("missing");
    }

    @Test
    void rotate_showsANewToken_andTheOldOneStopsWorking() {
        String old = put("{\"type\":\"push\",\"cron\":\"0 3 * * *\",\"timezone\":\"Europe/Berlin\"}").json()
                .get("check").get("push_token").asText();

        var rotated = server.call("POST", path("/check/token"), null);

        String fresh = rotated.json().get("push_token").asText();
        assertThat(fresh).startsWith("vgp_").isNotEqualTo(old);
        assertThat(server.send("GET", "/api/push/" + old, null, Map.of()).status()).isEqualTo(404);
        assertThat(server.send("GET", "/api/push/" + fresh, null, Map.of()).status()).isEqualTo(200);
        assertThat(dependency().get("check").get("cron").asText()).isEqualTo("0 3 * * *");
    }

    @Test
    void latency_ofAnEmptyWindow_isZeros_andOfResultsSummarisesThem() {
        put("{\"type\":\"tcp\",\"host\":\"db\",\"port\":5432}");
        var empty = server.call("GET", path("/latency?period=1h"), null);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json().get("total_checks").asLong()).isZero();
        assertThat(empty.json().get("p99_latency_ms").asLong()).isZero();
        assertThat(empty.json().get("data_points")).isEmpty();

        var now = server.vigil.clock.instant();
        server.vigil.recordCheckResults.record(List.of(CheckFixtures.up(dependencyId, now.minusSeconds(120), 10),
                CheckFixtures.up(dependencyId, now.minusSeconds(60), 30), CheckFixtures.down(dependencyId, now.minusSeconds(30), "x")));
        JsonNode latency = server.call("GET", path("/latency?period=1h"), null).json();

        assertThat(latency.get("period").asText()).isEqualTo("1h");
        assertThat(latency.get("total_checks").asLong()).isEqualTo(3);
        assertThat(latency.get("failed_checks").asLong()).isEqualTo(1);
        assertThat(latency.get("avg_latency_ms").asDouble()).isEqualTo(20.0);
        assertThat(latency.get("min_latency_ms").asLong()).isEqualTo(10);
        assertThat(latency.get("max_latency_ms").asLong()).isEqualTo(30);
        assertThat(latency.get("uptime_percent").asDouble()).isEqualTo(66.67);
        assertThat(latency.get("data_points")).hasSize(2);
        assertThat(latency.get("data_points").get(1).get("count").asLong()).isEqualTo(2);
        assertThat(server.call("GET", path("/latency?period=2h"), null).status()).isEqualTo(400);
    }

    @Test
    void uptime_isOnePointADay_todayLast() {
        var reply = server.call("GET", path("/uptime?days=3"), null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).hasSize(3);
        JsonNode today = reply.json().get(2);
        assertThat(today.get("date").asText()).isEqualTo("2026-03-01");
        assertThat(today.get("status").asText()).isEqualTo("unknown");
        assertThat(today.get("uptime_percent").isNull()).isTrue();
        assertThat(server.call("GET", path("/uptime?days=0"), null).status()).isEqualTo(400);
        assertThat(server.call("GET", "/api/dependencies/999/uptime", null).status()).isEqualTo(404);
    }

    @Test
    void checkRoutes_needAKeyWithTheRightScope_butPushDoesNot() {
        assertThat(server.send("PUT", path("/check"), "{}", Map.of("Content-Type", "application/json")).status()).isEqualTo(401);
        assertThat(server.as(server.readKey, "PUT", path("/check"), "{\"type\":\"tcp\",\"host\":\"a\",\"port\":1}").status())
                .isEqualTo(403);
        assertThat(server.as(server.readKey, "GET", path("/latency"), null).status()).isEqualTo(200);
        assertThat(dependency().get("check").isNull()).isTrue();
    }
}
