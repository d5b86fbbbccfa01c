package dev.vigil.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.adapters.web.backup.BackupController;
import dev.vigil.application.fakes.BackupScenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /metrics} over the in-memory use cases: the text format, what it says, and who may read it. */
class MetricsApiTest {
    private static final Pattern SAMPLE = Pattern.compile(
            "([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([a-zA-Z_][a-zA-Z0-9_]*=\"([^\"\\\\\\n]|\\\\[\\\\\"n])*\",?)*})? (\\S+)");
    private final ApiServer server = new ApiServer();
    private final BackupScenario scenario = BackupScenario.populate(server.vigil);

    @AfterEach
    void stop() {
        server.close();
    }

    private String scrape() {
        var reply = server.as(server.readKey, "GET", "/metrics", null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.body();
    }

    @Test
    void aScrape_isPrometheusText_withEachFamilyOnce_andItsSamplesTogether() {
        var reply = server.as(server.readKey, "GET", "/metrics", null);

        assertThat(reply.header("Content-Type")).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
        List<String> families = new ArrayList<>();
        Set<String> helped = new HashSet<>();
        String current = null;
        for (String line : reply.body().split("\n")) {
            if (line.startsWith("# HELP ")) {
                String name = line.split(" ")[2];
                assertThat(helped.add(name)).as("HELP of %s twice", name).isTrue();
            } else if (line.startsWith("# TYPE ")) {
                String[] parts = line.split(" ");
                assertThat(parts[3]).isIn("gauge", "counter");
                assertThat(parts[2].endsWith("_total")).as(line).isEqualTo(parts[3].equals("counter"));
                current = parts[2];
                families.add(current);
            } else {
                Matcher m = SAMPLE.matcher(line);
                assertThat(m.matches()).as("a sample: %s", line).isTrue();
                assertThat(m.group(1)).as("a sample of the family just typed").isEqualTo(current);
                Double.parseDouble(m.group(5).replace("+Inf", "Infinity"));
            }
        }
        assertThat(families).doesNotHaveDuplicates().allSatisfy(f -> assertThat(f).startsWith("vigil_"));
        assertThat(helped).containsExactlyInAnyOrderElementsOf(families);
        assertThat(families).contains("vigil_system_status", "vigil_dependency_status",
                "vigil_dependency_latency_seconds", "vigil_dependency_consecutive_failures",
                "vigil_dependency_check_results_total", "vigil_dependency_check_failures_total",
                "vigil_system_uptime_ratio", "vigil_system_sla_target_ratio", "vigil_system_availability_ratio",
                "vigil_incidents", "vigil_incidents_active", "vigil_maintenances_active", "vigil_maintenances_scheduled",
                "vigil_sla_breaches_unacknowledged", "vigil_webhook_deliveries", "vigil_webhook_delivery_attempts",
                "vigil_jvm_memory_used_bytes", "vigil_jvm_threads", "vigil_jvm_gc_collections_total");
    }

    @Test
    void theFigures_sayWhatVigilKnows() {
        String body = scrape();

        String checkout = "system_id=\"" + scenario.checkout.id() + "\",system=\"Checkout API\"";
        String database = checkout + ",dependency_id=\"" + scenario.database.id() + "\",dependency=\"PostgreSQL\"";
        String cache = checkout + ",dependency_id=\"" + scenario.cache.id() + "\",dependency=\"Redis\"";
        assertThat(body).contains("vigil_systems 2\n", "vigil_dependencies 3\n",
                "vigil_system_status{" + checkout + "} 1\n",
                "vigil_system_sla_target_ratio{" + checkout + "} 0.995\n",
                "vigil_dependency_status{" + database + "} 0\n",
                "vigil_dependency_latency_seconds{" + database + "} 0.042\n",
                "vigil_dependency_consecutive_failures{" + cache + "} 1\n",
                "vigil_dependency_check_results_total{" + cache + "} 1\n",
                "vigil_dependency_check_failures_total{" + cache + "} 1\n",
                "vigil_incidents{impact=\"major\",state=\"investigating\"} 1\n",
                "vigil_incidents{impact=\"minor\",state=\"resolved\"} 1\n",
                "vigil_incidents_active{impact=\"major\"} 1\n",
                "vigil_maintenances_scheduled 1\n", "vigil_maintenances_active 0\n",
                "vigil_sla_breaches_unacknowledged 1\n",
                "vigil_webhook_deliveries{state=\"pending\"} 0\n");
        assertThat(body).doesNotContain("vigil_dependency_latency_seconds{" + cache)
                .contains("vigil_system_uptime_ratio{" + checkout + ",window=\"24h\"} 0.")
                .contains("vigil_system_availability_ratio{" + checkout + ",period=\"month\"} 0.");
    }

    @Test
    void labelValues_areEscaped() {
        server.call("POST", "/api/systems", "{\"name\":\"Say \\\"hi\\\" \\\\ there\"}");
        server.vigil.clock.advance(Duration.ofMinutes(1));

        assertThat(scrape()).contains("system=\"Say \\\"hi\\\" \\\\ there\"} 0\n");
    }

    @Test
    void aScrape_answersFromMemory_untilTheFiguresAreAFewSecondsOld() {
        String checkout = "vigil_system_status{system_id=\"" + scenario.checkout.id() + "\",system=\"Checkout API\"}";
        assertThat(scrape()).contains(checkout + " 1\n");
        server.call("POST", "/api/dependencies/" + scenario.cache.id() + "/status", "{\"status\":\"green\"}");

        String kept = scrape();
        server.vigil.clock.advance(Duration.ofSeconds(5));
        String fresh = scrape();

        assertThat(kept).contains(checkout + " 1\n").contains("vigil_metrics_age_seconds 0\n");
        assertThat(fresh).contains(checkout + " 0\n");
    }

    @Test
    void metrics_needAReadKey_unlessPublic() {
        assertThat(server.send("GET", "/metrics", null, Map.of()).status()).isEqualTo(401);
        try (ApiServer open = new ApiServer(BackupController.DEFAULT_IMPORT_LIMIT, true)) {
            var reply = open.send("GET", "/metrics", null, Map.of());

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body()).contains("vigil_systems 0\n");
        }
    }
}
