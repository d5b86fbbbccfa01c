package dev.vigil.adapters.notifications;

import static dev.vigil.adapters.notifications.PayloadFixtures.AT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.adapters.notifications.Receiver.Reply;
import dev.vigil.application.port.out.Dispatch;
import dev.vigil.domain.outbound.OutboundPolicy;
import dev.vigil.domain.webhook.AttemptOutcome;
import dev.vigil.domain.webhook.SendOutcome;
import dev.vigil.domain.webhook.Webhook;
import dev.vigil.domain.webhook.WebhookFixtures;
import dev.vigil.domain.webhook.WebhookType;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every provider's exact payload, the headers and signature, and how each kind of answer is judged, against a loopback receiver. */
class HttpWebhookSenderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Receiver receiver = new Receiver();
    private final HttpWebhookSender sender = sender(Duration.ofSeconds(5));

    private HttpWebhookSender sender(Duration timeout) {
        return new HttpWebhookSender(new SenderSettings(timeout, URI.create(receiver.url("/telegram")),
                Optional.of("https://status.example.com/"), "Vigil-Webhook/test"), OutboundPolicy.DEFAULT);
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    private Receiver.Request sendAndReceive(Webhook webhook, Dispatch dispatch) throws InterruptedException {
        SendOutcome outcome = sender.send(webhook, dispatch);
        assertThat(outcome.delivered()).as(outcome.error()).isTrue();
        return receiver.await(1, Duration.ofSeconds(5)).get(0);
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    private static String hmac(byte[] body, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    @Test
    void generic_postsTheDocumentedSchema_signed_withEventDeliveryAndTimestampHeaders() throws Exception {
        Webhook webhook = PayloadFixtures.webhook(WebhookType.GENERIC, receiver.url("/hooks/vigil"));

        Receiver.Request request = sendAndReceive(webhook, PayloadFixtures.databaseOutage());

        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/hooks/vigil");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("User-Agent")).isEqualTo("Vigil-Webhook/test");
        assertThat(request.header("X-Vigil-Event")).isEqualTo("status_change");
        assertThat(request.header("X-Vigil-Delivery")).isEqualTo("42");
        assertThat(request.header("X-Vigil-Timestamp")).isEqualTo(Long.toString(AT.plusSeconds(1).getEpochSecond()));
        assertThat(request.header("X-Vigil-Signature")).isEqualTo(hmac(request.body(), PayloadFixtures.SECRET));
        assertThat(request.json()).isEqualTo(json("""
                {"version": 1, "event": "status_change", "event_id": 17, "delivery_id": "42",
                 "timestamp": "2026-03-01T12:00:00Z", "sent_at": "2026-03-01T12:00:01Z",
                 "title": "Checkout API: Outage",
                 "text": "Checkout API went from Operational to Outage.\\nCause: PostgreSQL is Outage: Connection refused",
                 "severity": "danger", "link": "https://status.example.com/status/checkout-api",
                 "systems": [{"id": 1, "name": "Checkout API"}],
                 "system": {"id": 1, "name": "Checkout API"}, "dependency": null,
                 "old_status": "green", "new_status": "red", "message": "Dependency PostgreSQL is red",
                 "source": "rollup", "cause": {"id": 3, "name": "PostgreSQL"},
                 "events": [
                   {"id": 16, "event": "status_change", "timestamp": "2026-03-01T12:00:00Z",
                    "summary": "Checkout API / PostgreSQL: green -> red",
                    "systems": [{"id": 1, "name": "Checkout API"}],
                    "status_change": {"log_entry_id": 16, "system": {"id": 1, "name": "Checkout API"},
                                      "dependency": {"id": 3, "name": "PostgreSQL"}, "old_status": "green",
                                      "new_status": "red", "source": "manual", "message": "Connection refused",
                                      "cause": null},
                    "details": {}},
                   {"id": 17, "event": "status_change", "timestamp": "2026-03-01T12:00:00Z",
                    "summary": "Checkout API: green -> red (rollup)",
                    "systems": [{"id": 1, "name": "Checkout API"}],
                    "status_change": {"log_entry_id": 17, "system": {"id": 1, "name": "Checkout API"},
                                      "dependency": null, "old_status": "green", "new_status": "red",
                                      "source": "rollup", "message": "Dependency PostgreSQL is red",
                                      "cause": {"id": 3, "name": "PostgreSQL"}},
                    "details": {}}]}
                """));
    }

    @Test
    void slack_postsBlocks() throws Exception {
        Receiver.Request request = sendAndReceive(PayloadFixtures.webhook(WebhookType.SLACK, receiver.url("/services/T0/B0/x")),
                PayloadFixtures.databaseOutage());

        assertThat(request.json()).isEqualTo(json("""
                {"text": "🔴 Checkout API: Outage",
                 "blocks": [
                   {"type": "header", "text": {"type": "plain_text", "text": "🔴 Checkout API: Outage", "emoji": true}},
                   {"type": "section", "text": {"type": "mrkdwn",
                    "text": "Checkout API went from Operational to Outage.\\nCause: PostgreSQL is Outage: Connection refused"}},
                   {"type": "section", "fields": [
                     {"type": "mrkdwn", "text": "*Since*\\n2026-03-01 12:00:00 UTC"},
                     {"type": "mrkdwn", "text": "*Source*\\nmanual"}]},
                   {"type": "context", "elements": [{"type": "mrkdwn",
                    "text": "<https://status.example.com/status/checkout-api|Open the status page> · Vigil · status_change · delivery 42"}]}]}
                """));
        assertThat(request.header("X-Vigil-Signature")).isEqualTo(hmac(request.body(), PayloadFixtures.SECRET));
    }

    @Test
    void discord_postsAnEmbed_withoutMentions() throws Exception {
        Receiver.Request request = sendAndReceive(PayloadFixtures.webhook(WebhookType.DISCORD, receiver.url("/api/webhooks/1/x")),
                PayloadFixtures.databaseOutage());

        assertThat(request.json()).isEqualTo(json("""
                {"username": "Vigil", "allowed_mentions": {"parse": []},
                 "embeds": [{"title": "🔴 Checkout API: Outage",
                   "description": "Checkout API went from Operational to Outage.\\nCause: PostgreSQL is Outage: Connection refused",
                   "url": "https://status.example.com/status/checkout-api", "color": 15548997,
                   "timestamp": "2026-03-01T12:00:00Z",
                   "fields": [{"name": "Since", "value": "2026-03-01 12:00:00 UTC", "inline": true},
                              {"name": "Source", "value": "manual", "inline": true}],
                   "footer": {"text": "Vigil · status_change · delivery 42"}}]}
                """));
    }

    @Test
    void teams_postsAnAdaptiveCard() throws Exception {
        Receiver.Request request = sendAndReceive(PayloadFixtures.webhook(WebhookType.TEAMS, receiver.url("/webhookb2/x")),
                PayloadFixtures.databaseOutage());

        assertThat(request.json()).isEqualTo(json("""
                {"type": "message", "summary": "🔴 Checkout API: Outage",
                 "attachments": [{"contentType": "application/vnd.microsoft.card.adaptive", "contentUrl": null,
                   "content": {"$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "type": "AdaptiveCard",
                     "version": "1.4", "msteams": {"width": "Full"},
                     "body": [
                       {"type": "TextBlock", "text": "🔴 Checkout API: Outage", "weight": "Bolder", "size": "Medium",
                        "color": "Attention", "wrap": true},
                       {"type": "TextBlock", "text": "Checkout API went from Operational to Outage.", "wrap": true},
                       {"type": "TextBlock", "text": "Cause: PostgreSQL is Outage: Connection refused", "wrap": true},
                       {"type": "FactSet", "facts": [{"title": "Since", "value": "2026-03-01 12:00:00 UTC"},
                                                     {"title": "Source", "value": "manual"}]},
                       {"type": "TextBlock", "text": "Vigil · status_change · delivery 42", "isSubtle": true,
                        "size": "Small", "wrap": true}],
                     "actions": [{"type": "Action.OpenUrl", "title": "Open the status page",
                                  "url": "https://status.example.com/status/checkout-api"}]}}]}
                """));
    }

    @Test
    void telegram_callsSendMessageOfTheBot_atTheConfiguredApiBase_withEscapedHtml() throws Exception {
        Receiver.Request request = sendAndReceive(PayloadFixtures.webhook(WebhookType.TELEGRAM, null),
                PayloadFixtures.databaseOutage());

        assertThat(request.path()).isEqualTo("/telegram/bot" + WebhookFixtures.BOT_TOKEN + "/sendMessage");
        assertThat(request.json()).isEqualTo(json("""
                {"chat_id": "-1001234567890",
                 "text": "🔴 <b>Checkout API: Outage</b>\\nCheckout API went from Operational to Outage.\\nCause: PostgreSQL is Outage: Connection refused\\n\\n<b>Since:</b> 2026-03-01 12:00:00 UTC\\n<b>Source:</b> manual\\n\\n<a href=\\"https://status.example.com/status/checkout-api\\">Open the status page</a> · <i>Vigil · status_change · delivery 42</i>",
                 "parse_mode": "HTML", "link_preview_options": {"is_disabled": true}}
                """));
    }

    @Test
    void anEventStoredWithoutItsFacts_readsWell_inEveryFormat() throws Exception {
        sender.send(PayloadFixtures.webhook(WebhookType.GENERIC, receiver.url("/g")), PayloadFixtures.incidentOpenedWithoutFacts());
        sender.send(PayloadFixtures.webhook(WebhookType.SLACK, receiver.url("/s")), PayloadFixtures.incidentOpenedWithoutFacts());
        sender.send(PayloadFixtures.webhook(WebhookType.TELEGRAM, null), PayloadFixtures.incidentOpenedWithoutFacts());

        var requests = receiver.await(3, Duration.ofSeconds(5));
        assertThat(requests.get(0).json()).isEqualTo(json("""
                {"version": 1, "event": "incident_opened", "event_id": 20, "delivery_id": "43",
                 "timestamp": "2026-03-01T12:00:00Z", "sent_at": "2026-03-01T12:00:02Z",
                 "title": "Incident opened: Checkout API", "text": "Incident opened: Checkout errors",
                 "severity": "danger", "link": "https://status.example.com/status/checkout-api",
                 "systems": [{"id": 1, "name": "Checkout API"}],
                 "details": {"impact": "major"},
                 "events": [{"id": 20, "event": "incident_opened", "timestamp": "2026-03-01T12:00:00Z",
                             "summary": "Incident opened: Checkout errors",
                             "systems": [{"id": 1, "name": "Checkout API"}], "status_change": null,
                             "details": {"impact": "major"}}]}
                """));
        assertThat(requests.get(0).header("X-Vigil-Event")).isEqualTo("incident_opened");
        assertThat(requests.get(1).json().at("/blocks/0/text/text").asText()).isEqualTo("🚨 Incident opened: Checkout API");
        assertThat(requests.get(1).json().at("/blocks/2/fields/0/text").asText()).isEqualTo("*Impact*\nmajor");
        assertThat(requests.get(2).json().get("text").asText()).startsWith(
                "🚨 <b>Incident opened: Checkout API</b>\nIncident opened: Checkout errors\n\n<b>Impact:</b> major\n<b>Time:</b> 2026-03-01 12:00:00 UTC");
    }

    @Test
    void aTest_isMarkedAsSuch() throws Exception {
        Receiver.Request request = sendAndReceive(PayloadFixtures.webhook(WebhookType.GENERIC, receiver.url("/g")),
                Dispatch.test(AT));

        assertThat(request.header("X-Vigil-Event")).isEqualTo("test");
        assertThat(request.header("X-Vigil-Delivery")).isEqualTo("test-" + AT.toEpochMilli());
        assertThat(request.json().get("event").asText()).isEqualTo("test");
        assertThat(request.json().get("event_id").isNull()).isTrue();
        assertThat(request.json().get("events")).isEmpty();
        assertThat(request.json().get("title").asText()).isEqualTo("Test notification from Vigil");
    }

    @Test
    void namesAndMessages_areEscapedForEachFormat() throws Exception {
        var tricky = WebhookFixtures.system(1, "A&B <Shop>");
        var dispatch = new Dispatch("9", "status_change", java.util.List.of(WebhookFixtures.systemChange(1, tricky,
                dev.vigil.domain.status.Status.OPERATIONAL, dev.vigil.domain.status.Status.DEGRADED, "@everyone <!channel> *bold*",
                dev.vigil.domain.status.StatusSource.MANUAL, Optional.empty(), AT)), AT);

        sender.send(PayloadFixtures.webhook(WebhookType.TELEGRAM, null), dispatch);
        sender.send(PayloadFixtures.webhook(WebhookType.SLACK, receiver.url("/s")), dispatch);
        sender.send(PayloadFixtures.webhook(WebhookType.DISCORD, receiver.url("/d")), dispatch);

        var requests = receiver.await(3, Duration.ofSeconds(5));
        assertThat(requests.get(0).json().get("text").asText())
                .startsWith("🟡 <b>A&amp;B &lt;Shop&gt;: Degraded</b>\n")
                .contains("Reason: @everyone &lt;!channel&gt; *bold*");
        assertThat(requests.get(1).json().at("/blocks/1/text/text").asText())
                .contains("A&amp;B &lt;Shop&gt;").contains("&lt;!channel&gt;").doesNotContain("<!channel>");
        assertThat(requests.get(2).json().at("/embeds/0/description").asText()).contains("\\*bold\\*");
        assertThat(requests.get(2).json().get("allowed_mentions").get("parse")).isEmpty();
    }

    @Test
    void aServerError_failsWithItsStatusAndAnExcerpt_withoutTheUrlsSecretPart() {
        Webhook webhook = PayloadFixtures.webhook(WebhookType.SLACK, receiver.url("/services/T0/B0/SECRETPART"));
        receiver.answer(Reply.status(503, "upstream for /services/T0/B0/SECRETPART is down").withHeader("Retry-After", "120"));

        SendOutcome outcome = sender.send(webhook, PayloadFixtures.databaseOutage());

        assertThat(outcome.outcome()).isEqualTo(AttemptOutcome.FAILED);
        assertThat(outcome.statusCode()).contains(503);
        assertThat(outcome.error()).isEqualTo("HTTP 503: upstream for *** is down");
        assertThat(outcome.retryAfter()).contains(Duration.ofSeconds(120));
    }

    @Test
    void tooManyRequests_carriesRetryAfter_asSecondsOrAsADate() {
        Webhook webhook = PayloadFixtures.webhook(WebhookType.GENERIC, receiver.url("/g"));
        receiver.answer(Reply.status(429).withHeader("Retry-After", "7"),
                Reply.status(429).withHeader("Retry-After", "Sun, 01 Mar 2026 12:01:01 GMT"));

        SendOutcome seconds = sender.send(webhook, PayloadFixtures.databaseOutage());
        SendOutcome date = sender.send(webhook, PayloadFixtures.databaseOutage());

        assertThat(seconds.outcome()).isEqualTo(AttemptOutcome.FAILED);
        assertThat(seconds.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(date.retryAfter()).as("a minute after sent_at").contains(Duration.ofSeconds(60));
    }

    @Test
    void telegramsTooManyRequests_saysHowLongToWaitInItsBody() {
        receiver.answer(Reply.status(429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 5\","
                + "\"parameters\":{\"retry_after\":5}}"));

        SendOutcome outcome = sender.send(PayloadFixtures.webhook(WebhookType.TELEGRAM, null), PayloadFixtures.databaseOutage());

        assertThat(outcome.retryAfter()).contains(Duration.ofSeconds(5));
        assertThat(outcome.error()).doesNotContain(WebhookFixtures.BOT_TOKEN);
    }

    @Test
    void aSlowReceiver_timesOut() {
        HttpWebhookSender impatient = sender(Duration.ofSeconds(1));
        receiver.answer(Reply.status(200).after(Duration.ofSeconds(8)));

        SendOutcome outcome = impatient.send(PayloadFixtures.webhook(WebhookType.GENERIC, receiver.url("/slow")),
                PayloadFixtures.databaseOutage());

        assertThat(outcome.outcome()).isEqualTo(AttemptOutcome.FAILED);
        assertThat(outcome.statusCode()).isEmpty();
        assertThat(outcome.error()).isEqualTo("no answer within 1 s");
        assertThat(outcome.duration()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void clientErrors_andRedirects_areRejected() {
        Webhook webhook = PayloadFixtures.webhook(WebhookType.GENERIC, receiver.url("/g"));
        receiver.answer(Reply.status(410, "channel_is_archived"),
                Reply.status(301).withHeader("Location", "https://elsewhere.example/"));

        SendOutcome gone = sender.send(webhook, PayloadFixtures.databaseOutage());
        SendOutcome moved = sender.send(webhook, PayloadFixtures.databaseOutage());

        assertThat(gone.outcome()).isEqualTo(AttemptOutcome.REJECTED);
        assertThat(gone.error()).isEqualTo("HTTP 410: channel_is_archived");
        assertThat(moved.outcome()).isEqualTo(AttemptOutcome.REJECTED);
        assertThat(moved.error()).startsWith("HTTP 301: webhooks do not follow redirects");
        assertThat(receiver.received()).hasSize(2);
    }

    @Test
    void aRefusedTarget_isRejected_withoutBeingContacted() {
        SendOutcome outcome = sender.send(PayloadFixtures.webhook(WebhookType.GENERIC, "http://169.254.169.254/latest"),
                PayloadFixtures.databaseOutage());

        assertThat(outcome.outcome()).isEqualTo(AttemptOutcome.REJECTED);
        assertThat(outcome.error()).isEqualTo("target refused: 169.254.169.254 is a link-local or cloud-metadata address (169.254.0.0/16)");
    }

    @Test
    void aClosedPort_andAnUnknownHost_fail_andAreTriedAgain() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        SendOutcome refused = sender.send(PayloadFixtures.webhook(WebhookType.GENERIC, "http://127.0.0.1:" + closed + "/x"),
                PayloadFixtures.databaseOutage());
        SendOutcome unknown = sender.send(PayloadFixtures.webhook(WebhookType.GENERIC, "http://no-such-host.invalid/x"),
                PayloadFixtures.databaseOutage());

        assertThat(refused.outcome()).isEqualTo(AttemptOutcome.FAILED);
        assertThat(refused.error()).isEqualTo("cannot connect to 127.0.0.1:" + closed + " (connection refused)");
        assertThat(unknown.outcome()).isEqualTo(AttemptOutcome.FAILED);
        assertThat(unknown.error()).isEqualTo("cannot resolve host no-such-host.invalid");
    }

    @Test
    void theWorkedExampleInTheDocs_isExactlyWhatVigilSendsAndSigns() {
        var documented = new HttpWebhookSender(new SenderSettings(Duration.ofSeconds(10), URI.create("https://api.telegram.org"),
                Optional.of("https://status.example.com"), "Vigil-Webhook/test"), OutboundPolicy.DEFAULT);
        Webhook webhook = PayloadFixtures.webhook(WebhookType.GENERIC, "https://receiver.example.com/vigil");

        byte[] body = documented.body(webhook, Dispatch.test(AT));

        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("{\"version\":1,\"event\":\"test\",\"event_id\":null,"
                + "\"delivery_id\":\"test-1772366400000\",\"timestamp\":\"2026-03-01T12:00:00Z\","
                + "\"sent_at\":\"2026-03-01T12:00:00Z\",\"title\":\"Test notification from Vigil\","
                + "\"text\":\"This is a test of the webhook named Ops. If you can read it, Vigil can reach you.\","
                + "\"severity\":\"info\",\"link\":\"https://status.example.com/status\",\"systems\":[],\"events\":[]}");
        assertThat(Signature.of(body, PayloadFixtures.SECRET))
                .as("computed independently: printf '%s' BODY | openssl dgst -sha256 -hmac SECRET")
                .isEqualTo("sha256=2969143ed0d5b8eee96d205aa96696a0e4c30e2834c73b7715c4c3e653284a40");
    }
}
