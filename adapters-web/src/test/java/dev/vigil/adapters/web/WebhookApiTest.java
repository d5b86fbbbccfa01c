package dev.vigil.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.domain.webhook.DeliveryState;
import dev.vigil.domain.webhook.SendOutcome;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebhookApiTest {
    private static final String SLACK_URL = "https://hooks.slack.com/services/T000/B000/XXXXSECRETXXXX";
    private static final String BOT_TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
    private final ApiServer server = new ApiServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode created(String json) {
        var reply = server.call("POST", "/api/webhooks", json);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private long slack() {
        return created("{\"name\":\"Ops\",\"type\":\"slack\",\"url\":\"" + SLACK_URL + "\"}").get("id").asLong();
    }

    private void assertError(ApiServer.Reply reply, int status, String message) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.json().size()).isEqualTo(1);
        assertThat(reply.json().get("error").asText()).isEqualTo(message);
    }

    private long systemWithDatabase() {
        long system = server.call("POST", "/api/systems", "{\"name\":\"Checkout API\"}").json().get("id").asLong();
        return server.call("POST", "/api/systems/" + system + "/dependencies", "{\"name\":\"PostgreSQL\"}").json()
                .get("id").asLong();
    }

    @Test
    void create_returns201_withSecretsMasked_butTheGeneratedSigningSecretOnce() {
        JsonNode json = created("{\"name\":\"Ops\",\"type\":\"slack\",\"url\":\"" + SLACK_URL + "\"}");

        assertThat(json.get("name").asText()).isEqualTo("Ops");
        assertThat(json.get("type").asText()).isEqualTo("slack");
        assertThat(json.get("url").asText()).isEqualTo("https://hooks.slack.com/***");
        assertThat(json.get("secret").asText()).startsWith("whsec_").hasSize(49);
        assertThat(json.get("events")).extracting(JsonNode::asText).containsExactly("status_change");
        assertThat(json.get("system_ids")).isEmpty();
        assertThat(json.get("enabled").asBoolean()).isTrue();
        assertThat(json.get("bot_token").isNull()).isTrue();
        assertThat(json.get("created_at").asText()).isEqualTo("2026-03-01T12:00:00Z");

        var listed = server.call("GET", "/api/webhooks", null);
        var shown = server.call("GET", "/api/webhooks/" + json.get("id").asLong(), null);
        for (var reply : new ApiServer.Reply[] {listed, shown}) {
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body()).doesNotContain("XXXXSECRETXXXX").doesNotContain(json.get("secret").asText());
        }
        assertThat(shown.json().get("secret").asText()).isEqualTo("***");
    }

    @Test
    void create_aTelegramWebhook_showsTheChat_butNotTheToken() {
        JsonNode json = created("{\"name\":\"Phone\",\"type\":\"telegram\",\"bot_token\":\"" + BOT_TOKEN
                + "\",\"chat_id\":\"-1001234567890\",\"secret\":\"my-own-secret-123456\","
                + "\"events\":[\"status_change\",\"sla_breach\"],\"enabled\":false}");

        assertThat(json.get("bot_token").asText()).isEqualTo("123456789:***");
        assertThat(json.get("chat_id").asText()).isEqualTo("-1001234567890");
        assertThat(json.get("url").isNull()).isTrue();
        assertThat(json.get("secret").asText()).as("a chosen secret is not echoed").isEqualTo("***");
        assertThat(json.get("events")).extracting(JsonNode::asText).containsExactly("status_change", "sla_breach");
        assertThat(json.get("enabled").asBoolean()).isFalse();
        assertThat(server.call("GET", "/api/webhooks", null).body()).doesNotContain("AAHdqTcv");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"type\":\"slack\",\"url\":\"https://x.example\"}|name is required",
            "{\"name\":\"x\",\"type\":\"email\",\"url\":\"https://x.example\"}|type must be one of generic, slack, discord, telegram, teams, not 'email'",
            "{\"name\":\"x\",\"type\":\"slack\"}|url is required for a slack webhook",
            "{\"name\":\"x\",\"url\":\"hooks.slack.com/x\"}|url must be an absolute http or https URL",
            "{\"name\":\"x\",\"url\":\"http://169.254.169.254/\"}|url is not allowed: 169.254.169.254 is a link-local or cloud-metadata address (169.254.0.0/16)",
            "{\"name\":\"x\",\"type\":\"telegram\",\"bot_token\":\"123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw\"}|chat_id is required for a telegram webhook",
            "{\"name\":\"x\",\"type\":\"telegram\",\"bot_token\":\"nope\",\"chat_id\":\"1\"}|bot_token must look like 123456789:AAE… (the token BotFather gives)",
            "{\"name\":\"x\",\"type\":\"telegram\",\"url\":\"https://api.telegram.org/botX/sendMessage\"}|a telegram webhook takes bot_token and chat_id, not url",
            "{\"name\":\"x\",\"url\":\"https://x.example\",\"chat_id\":\"1\"}|bot_token and chat_id are only for telegram webhooks",
            "{\"name\":\"x\",\"url\":\"https://x.example\",\"events\":[]}|events must name at least one event",
            "{\"name\":\"x\",\"url\":\"https://x.example\",\"events\":[\"incident_start\"]}|events may only name status_change, incident_opened, incident_updated, incident_resolved, maintenance_scheduled, maintenance_started, maintenance_completed, sla_breach, heartbeat_missing, not 'incident_start'",
            "{\"name\":\"x\",\"url\":\"https://x.example\",\"events\":\"status_change\"}|events must be an array of strings",
            "{\"name\":\"x\",\"url\":\"https://x.example\",\"system_ids\":[\"1\"]}|system_ids must be an array of positive integers",
            "{\"name\":\"x\",\"url\":\"https://x.example\",\"system_ids\":[0]}|system_ids must be an array of positive integers",
            "{\"name\":\"x\",\"url\":\"https://x.example\",\"system_ids\":[77]}|system_ids names system 77, which does not exist",
            "{\"name\":\"x\",\"url\":\"https://x.example\",\"secret\":\"short\"}|secret must be 16 to 256 characters long",
            "{\"name\":\"x\",\"url\":\"https://x.example\",\"enabled\":\"yes\"}|enabled must be true or false",
            "{\"name\":\"x\",\"url\":\"https://x.example\",\"headers\":{}}|unknown field 'headers'; allowed: bot_token, chat_id, enabled, events, name, secret, system_ids, type, url",
    })
    void badInput_is400_namingTheProblem_andStoresNothing(String body, String message) {
        assertError(server.call("POST", "/api/webhooks", body), 400, message);
        assertThat(server.vigil.webhooks.all()).isEmpty();
    }

    @Test
    void tooManySystemIds_is400() {
        StringBuilder ids = new StringBuilder("1");
        for (int i = 2; i <= 201; i++) {
            ids.append(',').append(i);
        }

        assertError(server.call("POST", "/api/webhooks", "{\"name\":\"x\",\"url\":\"https://x.example\",\"system_ids\":["
                + ids + "]}"), 400, "system_ids must have at most 200 items");
    }

    @Test
    void update_isPartial_andKeepsSecretsMasked() {
        long id = slack();

        var reply = server.call("PUT", "/api/webhooks/" + id,
                "{\"enabled\":false,\"events\":[\"incident_opened\",\"incident_resolved\"],\"name\":\"Ops (muted)\"}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("enabled").asBoolean()).isFalse();
        assertThat(reply.json().get("name").asText()).isEqualTo("Ops (muted)");
        assertThat(reply.json().get("url").asText()).isEqualTo("https://hooks.slack.com/***");
        assertThat(reply.json().get("events")).extracting(JsonNode::asText)
                .containsExactly("incident_opened", "incident_resolved");
        assertThat(server.vigil.webhooks.all().get(0).target().toString()).doesNotContain("XXXXSECRET");
        assertError(server.call("PUT", "/api/webhooks/" + id, "{\"type\":\"telegram\"}"), 400,
                "bot_token is required for a telegram webhook");
        assertError(server.call("PUT", "/api/webhooks/" + id, "{\"name\":null}"), 400, "name is required");
    }

    @Test
    void unknownIds_are404() {
        assertError(server.call("GET", "/api/webhooks/9", null), 404, "webhook 9 not found");
        assertError(server.call("PUT", "/api/webhooks/9", "{\"enabled\":true}"), 404, "webhook 9 not found");
        assertError(server.call("DELETE", "/api/webhooks/9", null), 404, "webhook 9 not found");
        assertError(server.call("POST", "/api/webhooks/9/test", null), 404, "webhook 9 not found");
        assertError(server.call("GET", "/api/webhooks/9/deliveries", null), 404, "webhook 9 not found");
        assertError(server.call("POST", "/api/webhooks/deliveries/9/retry", null), 404, "delivery 9 not found");
        assertError(server.call("GET", "/api/webhooks/abc", null), 400, "id must be a positive integer");
    }

    @Test
    void everyWebhookRoute_needsTheAdminScope() {
        long id = slack();
        String[][] routes = {{"GET", "/api/webhooks"}, {"POST", "/api/webhooks"}, {"GET", "/api/webhooks/" + id},
                {"PUT", "/api/webhooks/" + id}, {"DELETE", "/api/webhooks/" + id}, {"POST", "/api/webhooks/" + id + "/test"},
                {"GET", "/api/webhooks/" + id + "/deliveries"}, {"POST", "/api/webhooks/deliveries/1/retry"}};

        for (String[] route : routes) {
            var reply = server.as(server.writeKey, route[0], route[1], route[0].equals("GET") ? null : "{}");
            assertThat(reply.status()).as(route[0] + " " + route[1]).isEqualTo(403);
        }
        assertThat(server.vigil.sender.sent()).isEmpty();
        assertThat(server.vigil.webhooks.all()).hasSize(1);
    }

    @Test
    void delete_is204_thenGone() {
        long id = slack();

        assertThat(server.call("DELETE", "/api/webhooks/" + id, null).status()).isEqualTo(204);

        assertThat(server.call("GET", "/api/webhooks/" + id, null).status()).isEqualTo(404);
        assertThat(server.call("GET", "/api/webhooks", null).body()).isEqualTo("[]");
    }

    @Test
    void test_reportsTheRealOutcome_deliveredOrNot() {
        long id = slack();
        server.vigil.sender.willAnswer(SendOutcome.delivered(200, Duration.ofMillis(12)),
                SendOutcome.rejected(Optional.of(404), "HTTP 404: no_service", Duration.ofMillis(30)));

        var ok = server.call("POST", "/api/webhooks/" + id + "/test", null);
        var broken = server.call("POST", "/api/webhooks/" + id + "/test", null);

        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("delivered").asBoolean()).isTrue();
        assertThat(ok.json().get("status_code").asInt()).isEqualTo(200);
        assertThat(ok.json().get("duration_ms").asLong()).isEqualTo(12);
        assertThat(broken.status()).isEqualTo(200);
        assertThat(broken.json().get("delivered").asBoolean()).isFalse();
        assertThat(broken.json().get("outcome").asText()).isEqualTo("rejected");
        assertThat(broken.json().get("status_code").asInt()).isEqualTo(404);
        assertThat(broken.json().get("error").asText()).isEqualTo("HTTP 404: no_service");
    }

    @Test
    void deliveries_listEventsAndAttempts_newestFirst() {
        long id = slack();
        long db = systemWithDatabase();
        server.call("POST", "/api/dependencies/" + db + "/status", "{\"status\":\"red\",\"message\":\"refused\"}");
        server.vigil.sender.willAnswer(SendOutcome.failed(Optional.of(503), "HTTP 503: busy", Optional.empty(),
                Duration.ofMillis(8)));
        server.vigil.deliverDue();

        var reply = server.call("GET", "/api/webhooks/" + id + "/deliveries", null);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode delivery = reply.json().get(0);
        assertThat(reply.json()).hasSize(1);
        assertThat(delivery.get("state").asText()).isEqualTo("pending");
        assertThat(delivery.get("event").asText()).isEqualTo("status_change");
        assertThat(delivery.get("events")).hasSize(2);
        assertThat(delivery.get("events").get(0).get("summary").asText())
                .isEqualTo("Checkout API / PostgreSQL: green -> red (manual): refused");
        assertThat(delivery.get("attempts")).hasSize(1);
        JsonNode attempt = delivery.get("attempts").get(0);
        assertThat(attempt.get("number").asInt()).isEqualTo(1);
        assertThat(attempt.get("outcome").asText()).isEqualTo("failed");
        assertThat(attempt.get("status_code").asInt()).isEqualTo(503);
        assertThat(attempt.get("error").asText()).isEqualTo("HTTP 503: busy");
        assertThat(attempt.get("at").asText()).isEqualTo("2026-03-01T12:00:00Z");
        assertThat(delivery.get("next_attempt_at").asText()).isEqualTo("2026-03-01T12:01:00.008Z");
        assertThat(server.call("GET", "/api/webhooks/" + id + "/deliveries?limit=0", null).status()).isEqualTo(400);
    }

    @Test
    void retry_ofADeadDelivery_is202_andDueAtOnce_butRefusedWhileSending() {
        long id = slack();
        long db = systemWithDatabase();
        server.call("POST", "/api/dependencies/" + db + "/status", "{\"status\":\"red\"}");
        server.vigil.sender.willAnswer(SendOutcome.rejected(Optional.of(410), "HTTP 410: gone", Duration.ofMillis(5)));
        server.vigil.deliverDue();
        long delivery = server.vigil.outbox.all().get(0).id().value();
        assertThat(server.vigil.outbox.all().get(0).state()).isEqualTo(DeliveryState.DEAD);

        var reply = server.call("POST", "/api/webhooks/deliveries/" + delivery + "/retry", null);

        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        assertThat(reply.json().get("state").asText()).isEqualTo("pending");
        assertThat(reply.json().get("next_attempt_at").asText()).isEqualTo("2026-03-01T12:00:00Z");
        assertThat(reply.json().get("webhook_id").asLong()).isEqualTo(id);
        server.vigil.claimDueDeliveries.claim(5);
        assertError(server.call("POST", "/api/webhooks/deliveries/" + delivery + "/retry", null), 409,
                "delivery " + delivery + " is being sent right now; retry it once this attempt has ended");
    }
}
