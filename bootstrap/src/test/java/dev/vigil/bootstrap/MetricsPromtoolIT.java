package dev.vigil.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live scrape of {@code /metrics}, checked by Prometheus's own linter: {@code promtool check metrics} must exit 0
 * with nothing to say. {@code .ci/run} installs promtool (Debian's {@code prometheus} package) and sets
 * {@code VIGIL_REQUIRE_PROMTOOL=1}, so that in CI a missing promtool fails this test instead of skipping it.
 */
class MetricsPromtoolIT {
    private static final String KEY = "promtool-test-admin-key-0123456789";

    @TempDir
    Path folder;
    private VigilApp app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private static boolean promtoolInstalled() {
        try {
            Process p = new ProcessBuilder("promtool", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void aLiveScrape_passesPromtoolCheckMetrics() throws Exception {
        boolean required = "1".equals(System.getenv("VIGIL_REQUIRE_PROMTOOL"));
        boolean installed = promtoolInstalled();
        assertThat(installed || !required).as("promtool is required (VIGIL_REQUIRE_PROMTOOL=1) but not installed")
                .isTrue();
        Assumptions.assumeTrue(installed, "promtool is not installed (apt-get install prometheus)");
        app = VigilApp.start(new AppConfig("127.0.0.1", 0, folder.resolve("vigil.db"), Optional.of(KEY),
                AppConfig.DEFAULT_MAX_BODY), line -> { }, Clock.systemUTC());
        HttpSession api = new HttpSession(app.port(), KEY);
        long system = api.post("/api/systems", "{\"name\":\"Checkout \\\"API\\\"\"}").json().get("id").asLong();
        long db = api.post("/api/systems/" + system + "/dependencies", "{\"name\":\"PostgreSQL\"}").json().get("id")
                .asLong();
        api.post("/api/dependencies/" + db + "/status", "{\"status\":\"red\"}");
        api.post("/api/incidents", "{\"title\":\"Down\",\"impact\":\"major\",\"message\":\"Looking\"}");

        HttpResponse<String> scrape = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + app.port() + "/metrics")).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + KEY).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("vigil_dependency_status{");

        Process promtool = new ProcessBuilder("promtool", "check", "metrics").redirectErrorStream(true).start();
        try (OutputStream in = promtool.getOutputStream()) {
            in.write(scrape.body().getBytes(StandardCharsets.UTF_8));
        }
        String said = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(promtool.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(promtool.exitValue()).as("promtool check metrics said: %s", said).isZero();
        assertThat(said).isBlank();
    }
}
