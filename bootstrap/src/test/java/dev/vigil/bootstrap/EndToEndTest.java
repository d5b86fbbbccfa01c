package dev.vigil.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real application on port 0 with a temporary database, driven over HTTP the way an operator would. */
class EndToEndTest {
    @TempDir
    Path folder;
    private final List<String> console = new ArrayList<>();
    private VigilApp app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private Path database() {
        return folder.resolve("data/vigil.db");
    }

    private VigilApp start(Optional<String> adminKey) {
        AppConfig config = new AppConfig("127.0.0.1", 0, database(), adminKey, AppConfig.DEFAULT_MAX_BODY);
        app = VigilApp.start(config, console::add, Clock.systemUTC());
        return app;
    }

    private String printedKey() {
        return console.stream().flatMap(s -> s.lines()).map(String::strip).filter(s -> s.startsWith("vgl_"))
                .findFirst().orElseThrow();
    }

    @Test
    void anOperatorRegistersASystem_breaksADependency_andReadsTheHistory() {
        start(Optional.empty());
        HttpSession api = new HttpSession(app.port(), printedKey());

        var system = api.post("/api/systems", "{\"name\":\"Checkout API\",\"owner\":\"Payments\",\"url\":\"https://shop.example.com\"}");
        assertThat(system.status()).isEqualTo(201);
        long systemId = system.json().get("id").asLong();
        var db = api.post("/api/systems/" + systemId + "/dependencies", "{\"name\":\"PostgreSQL\",\"criticality\":\"critical\"}");
        var cache = api.post("/api/systems/" + systemId + "/dependencies", "{\"name\":\"Redis\",\"criticality\":\"minor\"}");
        long dbId = db.json().get("id").asLong();
        long cacheId = cache.json().get("id").asLong();

        api.post("/api/dependencies/" + cacheId + "/status", "{\"status\":\"red\",\"message\":\"evictions\"}");
        assertThat(api.get("/api/systems/" + systemId).json().get("status").asText()).isEqualTo("yellow");

        api.post("/api/dependencies/" + dbId + "/status", "{\"status\":\"red\",\"message\":\"Connection lost\"}");
        assertThat(api.get("/api/systems/" + systemId).json().get("status").asText()).isEqualTo("red");

        api.post("/api/dependencies/" + dbId + "/status", "{\"status\":\"green\",\"message\":\"Failover done\"}");
        api.delete("/api/dependencies/" + cacheId);
        assertThat(api.get("/api/systems/" + systemId).json().get("status").asText()).isEqualTo("green");

        var logs = api.get("/api/systems/" + systemId + "/logs?limit=50").json();
        List<String> story = new ArrayList<>();
        logs.forEach(e -> story.add(e.get("source").asText() + ":" + e.get("old_status").asText() + "->" + e.get("new_status").asText()));
        assertThat(story).containsExactly(
                "rollup:yellow->green", "rollup:red->yellow", "manual:red->green",
                "rollup:yellow->red", "manual:green->red", "rollup:green->yellow", "manual:green->red");
        assertThat(logs.get(3).get("cause_dependency_id").asLong()).isEqualTo(dbId);
        assertThat(api.get("/api/dependencies/" + dbId + "/logs").json()).hasSize(2);
        assertThat(api.get("/api/logs?limit=3").json()).hasSize(3);
    }

    @Test
    void dataAndKeys_surviveARestart_andTheFirstStartKeyIsPrintedOnce() {
        start(Optional.empty());
        String key = printedKey();
        new HttpSession(app.port(), key).post("/api/systems", "{\"name\":\"API\"}");
        app.close();
        console.clear();

        start(Optional.empty());

        assertThat(console).isEmpty();
        var systems = new HttpSession(app.port(), key).get("/api/systems");
        assertThat(systems.status()).isEqualTo(200);
        assertThat(systems.json()).hasSize(1);
        assertThat(Files.exists(database())).isTrue();
    }

    @Test
    void theEnvironmentAdminKey_works_andNoOtherKeyIsGenerated() {
        start(Optional.of("provisioning-secret-123456"));

        // The first start still prints the admin UI's generated password (issue 5), but no API key.
        assertThat(console).noneMatch(line -> line.contains("vgl_"));
        HttpSession api = new HttpSession(app.port(), "provisioning-secret-123456");
        var keys = api.get("/api/apikeys");
        assertThat(keys.status()).isEqualTo(200);
        assertThat(keys.json()).hasSize(1);
        assertThat(keys.json().get(0).get("origin").asText()).isEqualTo("environment");
        assertThat(api.delete("/api/apikeys/" + keys.json().get(0).get("id").asLong()).status()).isEqualTo(409);
    }

    @Test
    void scopedKeys_areEnforcedEndToEnd() {
        start(Optional.empty());
        HttpSession admin = new HttpSession(app.port(), printedKey());
        String readKey = admin.post("/api/apikeys", "{\"name\":\"dashboard\",\"scopes\":[\"read\"]}").json().get("key").asText();
        HttpSession reader = admin.withKey(readKey);

        assertThat(reader.get("/api/systems").status()).isEqualTo(200);
        assertThat(reader.post("/api/systems", "{\"name\":\"API\"}").status()).isEqualTo(403);
        assertThat(admin.withKey(null).get("/api/systems").status()).isEqualTo(401);
        assertThat(admin.withKey(null).get("/healthz").status()).isEqualTo(200);
        assertThat(admin.withKey(null).get("/readyz").json()).isEqualTo(new com.fasterxml.jackson.databind.ObjectMapper()
                .valueToTree(Map.of("status", "ready")));
    }

    // Notifications (issue 6): webhooks end to end, through the real outbox, worker and sender.
    private static final String SIGNING_SECRET = "whsec_end-to-end-secret";

    private VigilApp start(NotificationSettings notifications) {
        AppConfig config = new AppConfig("127.0.0.1", 0, database(), Optional.empty(), AppConfig.DEFAULT_MAX_BODY)
                .withNotifications(notifications);
        app = VigilApp.start(config, console::add, Clock.systemUTC());
        return app;
    }

    private static NotificationSettings notifications(java.time.Duration timeout, java.time.Duration grace) {
        return new NotificationSettings(Optional.of("https://status.example.com"),
                java.net.URI.create("https://api.telegram.org"), java.time.Duration.ofSeconds(30), timeout, grace);
    }

    private static String hmac(byte[] body) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(SIGNING_SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "HmacSHA256"));
        return "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body));
    }

    private long webhookTo(HttpSession api, WebhookReceiver receiver) {
        var webhook = api.post("/api/webhooks", "{\"name\":\"Ops\",\"url\":\"" + receiver.url("/vigil")
                + "\",\"secret\":\"" + SIGNING_SECRET + "\"}");
        assertThat(webhook.status()).as(webhook.body()).isEqualTo(201);
        return webhook.json().get("id").asLong();
    }

    private long breakTheDatabase(HttpSession api) {
        long system = api.post("/api/systems", "{\"name\":\"Checkout API\"}").json().get("id").asLong();
        long db = api.post("/api/systems/" + system + "/dependencies", "{\"name\":\"PostgreSQL\"}").json().get("id").asLong();
        api.post("/api/dependencies/" + db + "/status", "{\"status\":\"red\",\"message\":\"Connection refused\"}");
        return system;
    }

    @Test
    void aDependencysOutage_reachesAWebhook_asOneSignedMessageNamingTheCause() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            start(notifications(java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(5)));
            HttpSession api = new HttpSession(app.port(), printedKey());
            long webhook = webhookTo(api, receiver);

            breakTheDatabase(api);

            WebhookReceiver.Request request = receiver.await(1, java.time.Duration.ofSeconds(20)).get(0);
            assertThat(request.header("X-Vigil-Signature")).isEqualTo(hmac(request.body()));
            assertThat(request.header("X-Vigil-Event")).isEqualTo("status_change");
            var body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(request.body());
            assertThat(body.get("title").asText()).isEqualTo("Checkout API: Outage");
            assertThat(body.get("text").asText()).contains("Cause: PostgreSQL is Outage: Connection refused");
            assertThat(body.get("cause").get("name").asText()).isEqualTo("PostgreSQL");
            assertThat(body.get("link").asText()).isEqualTo("https://status.example.com/status/checkout-api");
            assertThat(body.get("events")).hasSize(2);
            HttpSession.Reply deliveries = null;
            for (int i = 0; i < 100; i++) {
                deliveries = api.get("/api/webhooks/" + webhook + "/deliveries");
                if (deliveries.json().get(0).get("state").asText().equals("delivered")) {
                    break;
                }
                Thread.sleep(50);
            }
            assertThat(deliveries.json()).hasSize(1);
            assertThat(deliveries.json().get(0).get("state").asText()).isEqualTo("delivered");
            assertThat(deliveries.json().get(0).get("id").asText()).isEqualTo(request.header("X-Vigil-Delivery"));
            assertThat(deliveries.json().get(0).get("attempts").get(0).get("status_code").asInt()).isEqualTo(204);
            assertThat(receiver.await(1, java.time.Duration.ofSeconds(1))).hasSize(1);
        }
    }

    @Test
    void testingAWebhook_reportsWhatTheReceiverAnswered() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.answer(new WebhookReceiver.Answer(500, null));
            start(notifications(java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(5)));
            HttpSession api = new HttpSession(app.port(), printedKey());
            long webhook = webhookTo(api, receiver);

            var broken = api.post("/api/webhooks/" + webhook + "/test", null);
            var fine = api.post("/api/webhooks/" + webhook + "/test", null);

            assertThat(broken.status()).isEqualTo(200);
            assertThat(broken.json().get("delivered").asBoolean()).isFalse();
            assertThat(broken.json().get("status_code").asInt()).isEqualTo(500);
            assertThat(fine.json().get("delivered").asBoolean()).isTrue();
            assertThat(receiver.await(2, java.time.Duration.ofSeconds(5)).get(1).header("X-Vigil-Event")).isEqualTo("test");
        }
    }

    @Test
    void aRestartInTheMiddleOfSending_stillDelivers_underTheSameDeliveryId() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
            receiver.answer(new WebhookReceiver.Answer(200, hold));
            NotificationSettings patientSenderQuickStop = notifications(java.time.Duration.ofSeconds(30),
                    java.time.Duration.ofMillis(300));
            start(patientSenderQuickStop);
            String key = printedKey();
            HttpSession api = new HttpSession(app.port(), key);
            long webhook = webhookTo(api, receiver);
            breakTheDatabase(api);
            receiver.await(1, java.time.Duration.ofSeconds(20));

            app.close();
            app = null;
            hold.countDown();
            start(patientSenderQuickStop);

            var requests = receiver.await(2, java.time.Duration.ofSeconds(20));
            assertThat(requests.get(1).header("X-Vigil-Delivery")).isEqualTo(requests.get(0).header("X-Vigil-Delivery"));
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            assertThat(mapper.readTree(requests.get(1).body()).get("events"))
                    .isEqualTo(mapper.readTree(requests.get(0).body()).get("events"));
            HttpSession again = new HttpSession(app.port(), key);
            HttpSession.Reply deliveries = null;
            for (int i = 0; i < 100; i++) {
                deliveries = again.get("/api/webhooks/" + webhook + "/deliveries");
                if (deliveries.json().get(0).get("state").asText().equals("delivered")) {
                    break;
                }
                Thread.sleep(50);
            }
            assertThat(deliveries.json().get(0).get("state").asText()).isEqualTo("delivered");
            assertThat(deliveries.json().get(0).get("attempts")).as("the interrupted send left no attempt").hasSize(1);
        }
    }
}
