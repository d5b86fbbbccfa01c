package dev.vigil.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlaApiTest {
    private final ApiServer server = new ApiServer();
    private long system;

    @BeforeEach
    void anHourOfOutage() {
        system = server.call("POST", "/api/systems", "{\"name\":\"Checkout, EU\"}").json().get("id").asLong();
        long db = server.call("POST", "/api/systems/" + system + "/dependencies", "{\"name\":\"=DB\"}").json()
                .get("id").asLong();
        server.call("POST", "/api/dependencies/" + db + "/status", "{\"status\":\"red\"}");
        server.vigil.clock.advance(Duration.ofHours(1));
        server.call("POST", "/api/dependencies/" + db + "/status", "{\"status\":\"green\"}");
        server.vigil.clock.advance(Duration.ofHours(1));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void slaTarget_isSetByItsOwnRoute_andValidated() {
        var reply = server.call("PUT", "/api/systems/" + system + "/sla-target", "{\"sla_target\":99.95}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("sla_target").asDouble()).isEqualTo(99.95);
        for (String bad : new String[] {"0", "100.01", "-1", "\"99.9\""}) {
            var refused = server.call("PUT", "/api/systems/" + system + "/sla-target", "{\"sla_target\":" + bad + "}");
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.json().get("error").asText()).contains("sla_target");
        }
        assertThat(server.call("PUT", "/api/systems/" + system + "/sla-target", "{}").json().get("error").asText())
                .isEqualTo("sla_target is required");
        assertThat(server.call("PUT", "/api/systems/99/sla-target", "{\"sla_target\":99}").status()).isEqualTo(404);
        assertThat(server.call("GET", "/api/systems/" + system, null).json().get("sla_target").asDouble())
                .isEqualTo(99.95);
    }

    @Test
    void status_showsTheBudget_inTheMonthSoFar() {
        var json = server.call("GET", "/api/systems/" + system + "/sla?period=month", null).json();

        assertThat(json.get("period").asText()).isEqualTo("month");
        assertThat(json.get("period_start").asText()).isEqualTo("2026-03-01T00:00:00Z");
        assertThat(json.get("period_ends_at").asText()).isEqualTo("2026-04-01T00:00:00Z");
        assertThat(json.get("sla_target").asDouble()).isEqualTo(99.9);
        assertThat(json.get("availability_percent").asDouble()).isEqualTo(50.0);
        assertThat(json.get("met").asBoolean()).isFalse();
        assertThat(json.get("budget_spent_seconds").asDouble()).isEqualTo(3600.0);
        assertThat(json.get("error_budget_seconds").asDouble()).isGreaterThan(2600.0).isLessThan(2700.0);
        assertThat(json.get("budget_remaining_seconds").asDouble()).isNegative();
        assertThat(json.get("burn_rate").asDouble()).isCloseTo(500.0, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(json.get("summary").asText()).isEqualTo("breached");
        assertThat(server.call("GET", "/api/systems/" + system + "/sla?period=monthly", null).status()).isEqualTo(400);
    }

    @Test
    void reports_areStored_listed_downloadableAsCsv_andDeleted() {
        var created = server.call("POST", "/api/sla/reports", "{\"title\":\"March\",\"period\":\"month\"}");

        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("generated_by").asText()).isEqualTo("admin key");
        assertThat(created.json().get("rows")).hasSize(2);
        assertThat(created.json().get("rows").get(1).get("kind").asText()).isEqualTo("dependency");
        assertThat(created.json().get("systems_breaching_sla").asLong()).isEqualTo(1);
        assertThat(server.call("GET", "/api/sla/reports", null).json().get(0).get("rows").isNull()).isTrue();

        var csv = server.call("GET", "/api/sla/reports/" + id + "?format=csv", null);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("sla-report-" + id + ".csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).startsWith("kind,system_id,dependency_id,name,sla_target,availability_percent");
        assertThat(lines[1]).startsWith("system," + system + ",,\"Checkout, EU\",99.9,50,50,false,breached,2635.2,3600,-964.8,500,");
        assertThat(lines[2]).startsWith("dependency," + system + ",").contains(",'=DB,");
        assertThat(server.call("GET", "/api/sla/reports/" + id + "?format=xml", null).status()).isEqualTo(400);
        assertThat(server.call("DELETE", "/api/sla/reports/" + id, null).status()).isEqualTo(204);
        assertThat(server.call("GET", "/api/sla/reports/" + id, null).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"period\":\"weekly\"}", "{\"period\":\"month\",\"from\":\"2026-03-01T00:00:00Z\"}",
        "{\"from\":\"2026-03-01T00:00:00Z\",\"to\":\"2027-03-01T00:00:00Z\"}", "{\"title\":5}", "{\"unknown\":1}"})
    void badReportRequests_are400_andStoreNothing(String body) {
        assertThat(server.call("POST", "/api/sla/reports", body).status()).as(body).isEqualTo(400);
        assertThat(server.vigil.slaReports.latest(10)).isEmpty();
    }

    @Test
    void breaches_areCheckedOnDemand_listed_andAcknowledgedOnce() {
        var check = server.call("POST", "/api/sla/breaches/check?period=month", null);

        assertThat(check.status()).isEqualTo(200);
        assertThat(check.json().get("breaches_found").asInt()).isEqualTo(1);
        long id = check.json().get("breaches").get(0).get("id").asLong();
        assertThat(server.call("POST", "/api/sla/breaches/check", null).json().get("breaches_found").asInt()).isZero();
        assertThat(server.call("GET", "/api/sla/breaches?unacknowledged=true", null).json()).hasSize(1);
        assertThat(server.call("GET", "/api/systems/" + system + "/sla/breaches", null).json()).hasSize(1);

        var acknowledged = server.call("POST", "/api/sla/breaches/" + id + "/acknowledge", "{\"by\":\"alice\"}");

        assertThat(acknowledged.json().get("acknowledged").asBoolean()).isTrue();
        assertThat(acknowledged.json().get("acknowledged_by").asText()).isEqualTo("alice");
        assertThat(server.call("GET", "/api/sla/breaches?unacknowledged=true", null).json()).isEmpty();
        assertThat(server.call("POST", "/api/sla/breaches/" + id + "/acknowledge", null).status()).isEqualTo(409);
        assertThat(server.call("GET", "/api/sla/breaches?unacknowledged=maybe", null).status()).isEqualTo(400);
        assertThat(server.call("POST", "/api/sla/breaches/check?period=7d", null).status()).isEqualTo(400);
        assertThat(server.call("POST", "/api/sla/breaches/99/acknowledge", null).status()).isEqualTo(404);
    }
}
