package dev.vigil.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin's outbound deny and allow lists, given as flags to the real application, reach both checks and webhooks:
 * a literal address they refuse is a 400 when configured, and a check redirected to a refused address fails.
 */
class OutboundListsEndToEndTest {
    private static final String KEY = "outbound-end-to-end-key-0123456789";

    @TempDir
    Path folder;
    private HttpServer target;
    private HttpServer elsewhere;
    private VigilApp app;

    /** A health endpoint on 127.0.0.1, and the same on 127.0.0.2 where 127.0.0.1's {@code /moved} redirects. */
    @BeforeEach
    void startTargets() throws Exception {
        elsewhere = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0), 10);
        elsewhere.createContext("/health", OutboundListsEndToEndTest::healthy);
        elsewhere.start();
        target = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        target.createContext("/health", OutboundListsEndToEndTest::healthy);
        target.createContext("/moved", ex -> {
            ex.getResponseHeaders().add("Location", "http://127.0.0.2:" + elsewhere.getAddress().getPort() + "/health");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        target.start();
    }

    private static void healthy(com.sun.net.httpserver.HttpExchange ex) throws java.io.IOException {
        byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        target.stop(0);
        elsewhere.stop(0);
    }

    private int port() {
        return target.getAddress().getPort();
    }

    private HttpSession start(String... flags) {
        List<String> args = new ArrayList<>(List.of("--port", "0", "--host", "127.0.0.1",
                "--db", folder.resolve("vigil.db").toString()));
        args.addAll(List.of(flags));
        Map<String, String> parsed = new java.util.HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            parsed.put(args.get(i), args.get(i + 1));
        }
        app = VigilApp.start(AppConfig.from(parsed, Map.of("VIGIL_ADMIN_KEY", KEY)), line -> { }, Clock.systemUTC());
        return new HttpSession(app.port(), KEY);
    }

    private static long dependency(HttpSession api) {
        long system = api.post("/api/systems", "{\"name\":\"Checkout API\"}").json().get("id").asLong();
        return api.post("/api/systems/" + system + "/dependencies", "{\"name\":\"PostgreSQL\"}").json()
                .get("id").asLong();
    }

    private static String httpCheck(String url) {
        return "{\"type\":\"http\",\"url\":\"" + url + "\",\"interval\":3600}";
    }

    @Test
    void aDenyList_refusesLiteralAddressesOfChecksAndWebhooks_andRedirectsIntoIt() {
        HttpSession api = start("--outbound-deny", "127.0.0.2/32, 10.0.0.0/8");
        long db = dependency(api);

        var deniedCheck = api.put("/api/dependencies/" + db + "/check", httpCheck("http://127.0.0.2:" + port() + "/health"));
        var deniedTcp = api.put("/api/dependencies/" + db + "/check", "{\"type\":\"tcp\",\"host\":\"10.1.2.3\",\"port\":5432}");
        var deniedWebhook = api.post("/api/webhooks", "{\"name\":\"Ops\",\"url\":\"http://127.0.0.2:9/hook\"}");
        var redirected = api.put("/api/dependencies/" + db + "/check", httpCheck("http://127.0.0.1:" + port() + "/moved"));
        var run = api.post("/api/dependencies/" + db + "/check", null);

        assertThat(deniedCheck.status()).isEqualTo(400);
        assertThat(deniedCheck.json().get("error").asText())
                .isEqualTo("url is refused by the outbound policy: 127.0.0.2 is in a denied network (127.0.0.2/32)");
        assertThat(deniedTcp.status()).isEqualTo(400);
        assertThat(deniedTcp.json().get("error").asText())
                .isEqualTo("host is refused by the outbound policy: 10.1.2.3 is in a denied network (10.0.0.0/8)");
        assertThat(deniedWebhook.status()).isEqualTo(400);
        assertThat(deniedWebhook.json().get("error").asText())
                .isEqualTo("url is not allowed: 127.0.0.2 is in a denied network (127.0.0.2/32)");
        assertThat(api.get("/api/webhooks").json()).isEmpty();
        assertThat(redirected.status()).as(redirected.body()).isEqualTo(200);
        assertThat(run.json().get("result").get("result").asText()).isEqualTo("down");
        assertThat(run.json().get("result").get("error").asText())
                .isEqualTo("refused by the outbound policy: 127.0.0.2 is in a denied network (127.0.0.2/32)");
    }

    @Test
    void anAllowList_isTheOnlyWayOut_forChecksAndWebhooksAlike() {
        HttpSession api = start("--outbound-allow", "192.168.0.0/16");
        long db = dependency(api);

        var check = api.put("/api/dependencies/" + db + "/check", httpCheck("http://127.0.0.1:" + port() + "/health"));
        var webhook = api.post("/api/webhooks", "{\"name\":\"Ops\",\"url\":\"http://127.0.0.1:9/hook\"}");
        var inside = api.post("/api/webhooks", "{\"name\":\"Ops\",\"url\":\"http://192.168.1.20/hook\"}");

        assertThat(check.status()).isEqualTo(400);
        assertThat(check.json().get("error").asText())
                .isEqualTo("url is refused by the outbound policy: 127.0.0.1 is outside the allowed networks");
        assertThat(webhook.status()).isEqualTo(400);
        assertThat(webhook.json().get("error").asText())
                .isEqualTo("url is not allowed: 127.0.0.1 is outside the allowed networks");
        assertThat(inside.status()).isEqualTo(201);
    }

    @Test
    void withoutLists_loopbackIsReachable_andARedirectIsFollowed() {
        HttpSession api = start();
        long db = dependency(api);

        api.put("/api/dependencies/" + db + "/check", httpCheck("http://127.0.0.1:" + port() + "/moved"));
        var run = api.post("/api/dependencies/" + db + "/check", null);

        assertThat(run.json().get("result").get("result").asText()).as(run.body()).isEqualTo("up");
    }
}
