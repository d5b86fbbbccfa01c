package dev.vigil.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.domain.check.CheckFixtures;
import dev.vigil.domain.check.HttpCheck;
import dev.vigil.domain.check.PushCheck;
import dev.vigil.domain.incident.IncidentState;
import dev.vigil.domain.incident.UpdateVisibility;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.webhook.SendOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The admin pages of the second step of issue 5 over the real HTTP server and the in-memory use cases: checks on the
 * system page, incidents, maintenance, SLA, analytics, webhooks. Every form goes through the same use case as the
 * API; refused input comes back with the reason and what was typed, and changes nothing.
 */
class AdminOperationsTest {
    private final ApiServer server = new ApiServer();
    private final AdminClient browser = server.browser();
    private long shop;
    private long db;

    @BeforeEach
    void logInWithASystem() {
        assertThat(browser.logIn("admin", ApiServer.ADMIN_PASSWORD).status()).isEqualTo(303);
        shop = server.call("POST", "/api/systems", "{\"name\":\"Shop\"}").json().get("id").asLong();
        db = server.call("POST", "/api/systems/" + shop + "/dependencies", "{\"name\":\"PostgreSQL\"}").json()
                .get("id").asLong();
        browser.get("/admin");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private Optional<dev.vigil.domain.check.Check> check() {
        return server.vigil.checks.byDependency(new DependencyId(db));
    }

    @Test
    void anHttpCheck_isConfiguredFromTheSystemPage_andShownWithItsSettings_neverItsSecrets() {
        var answer = browser.post("/admin/dependencies/" + db + "/check", fields("type", "http",
                "url", "http://db.internal:8080/health", "method", "GET", "expect_status", "200", "rule", "contains",
                "rule_text", "ok", "interval", "30", "timeout", "2.5", "headers", "Authorization: Bearer s3cret-token",
                "failure_threshold", "2"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(303);
        assertThat(answer.location()).isEqualTo("/admin/systems/" + shop + "?notice=check-saved#dependency-" + db);
        HttpCheck http = (HttpCheck) check().orElseThrow().spec();
        assertThat(http.url().toString()).isEqualTo("http://db.internal:8080/health");
        assertThat(http.interval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(http.timeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(http.headers()).containsEntry("Authorization", "Bearer s3cret-token");
        assertThat(check().orElseThrow().thresholds().failureThreshold()).isEqualTo(2);
        var page = browser.get(answer.location());
        assertThat(page.body()).contains("Check saved.").contains("GET http://db.internal:8080/health, expecting 200")
                .contains("(with secret headers or body)").contains("down after 2 failure(s) in a row")
                .contains("value=\"2.5\"").doesNotContain("s3cret-token");
    }

    @Test
    void resavingAnHttpCheck_keepsItsSecretHeaders_unlessAskedNotTo() {
        browser.post("/admin/dependencies/" + db + "/check", fields("type", "http", "url", "http://a.internal/",
                "headers", "X-Key: k1", "body", ""));

        browser.post("/admin/dependencies/" + db + "/check", fields("type", "http", "url", "http://b.internal/",
                "keep_secrets", "yes"));
        assertThat(((HttpCheck) check().orElseThrow().spec()).headers()).containsEntry("X-Key", "k1");
        browser.post("/admin/dependencies/" + db + "/check", fields("type", "http", "url", "http://b.internal/"));

        assertThat(((HttpCheck) check().orElseThrow().spec()).headers()).isEmpty();
    }

    @Test
    void aRefusedCheckForm_comesBackWithTheReasonAndWhatWasTyped_andChangesNothing() {
        var notANumber = browser.post("/admin/dependencies/" + db + "/check", fields("type", "tcp", "host", "db.internal",
                "port", "5432", "interval", "often"));
        var tooShort = browser.post("/admin/dependencies/" + db + "/check", fields("type", "http",
                "url", "http://db.internal/", "interval", "1"));
        var metadata = browser.post("/admin/dependencies/" + db + "/check", fields("type", "http",
                "url", "http://169.254.169.254/latest"));
        var headers = browser.post("/admin/dependencies/" + db + "/check", fields("type", "http",
                "url", "http://db.internal/", "headers", "no colon here"));

        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.body()).contains("interval (seconds) must be a whole number").contains("value=\"often\"")
                .contains("data-unsaved=\"true\"");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body()).contains("interval");
        assertThat(metadata.status()).isEqualTo(400);
        assertThat(metadata.body()).contains("refused by the outbound policy");
        assertThat(headers.status()).isEqualTo(400);
        assertThat(headers.body()).contains("one header per line");
        assertThat(check()).isEmpty();
    }

    @Test
    void aPushCheck_showsItsTokenOnce_inTheAnswerToTheForm_andANewOneOnRotation() {
        var answer = browser.post("/admin/dependencies/" + db + "/check", fields("type", "push", "period", "300",
                "grace", "60", "timezone", "UTC"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("Push check configured for PostgreSQL").containsPattern("/api/push/vgp_[A-Za-z0-9_-]+");
        assertThat(check().orElseThrow().spec()).isInstanceOf(PushCheck.class);
        assertThat(browser.get("/admin/systems/" + shop).body()).doesNotContain("vgp_").contains("push check");
        var rotated = browser.post("/admin/dependencies/" + db + "/check/token", Map.of());
        assertThat(rotated.status()).isEqualTo(200);
        assertThat(rotated.body()).contains("New push token for PostgreSQL").contains("vgp_");
    }

    @Test
    void aCheck_runsNow_andIsRemoved_fromItsButtons() {
        browser.post("/admin/dependencies/" + db + "/check", fields("type", "tcp", "host", "db.internal", "port", "5432"));

        var ran = browser.post("/admin/dependencies/" + db + "/check/run", Map.of());
        assertThat(ran.status()).isEqualTo(303);
        assertThat(server.vigil.probe.runs()).hasSize(1);
        assertThat(browser.get(ran.location()).body()).contains("Check ran; its result is below.")
                .contains("Last result: up");
        var removed = browser.post("/admin/dependencies/" + db + "/check/remove", Map.of());

        assertThat(removed.status()).isEqualTo(303);
        assertThat(check()).isEmpty();
    }

    @Test
    void theSystemPage_showsTheHeatMap_theSla_andTheLatencyChartOfACheckedDependency() {
        browser.post("/admin/dependencies/" + db + "/check", fields("type", "http", "url", "http://db.internal/"));
        Instant start = Instant.parse("2026-03-01T09:00:00Z");
        for (int minutes = 0; minutes < 180; minutes += 10) {
            server.vigil.recordCheckResults.record(List.of(CheckFixtures.up(db, start.plus(Duration.ofMinutes(minutes)),
                    20 + minutes / 60 * 10)));
        }
        server.vigil.clock.advance(Duration.ofMinutes(3));
        server.vigil.compactCheckHistory.compact();

        var page = browser.get("/admin/systems/" + shop).body();

        assertThat(page).contains("Last 90 days").contains("<figure class=\"heatmap\">")
                .contains("<title>2026-03-01: 100.00 % uptime, no incidents</title>")
                .contains("SLA: This month").contains("Error budget").contains("99.90 %");
        assertThat(page).contains("<figure class=\"latency-chart\">")
                .contains("Response time over the last 24 hours: average 30 ms").contains("<td>03-01 11:00</td>");
    }

    @Test
    void incidents_areOpenedFollowedAndResolved_fromTheirPages_withPublicAndInternalUpdates() {
        var opened = browser.post("/admin/incidents", fields("title", "Checkout errors", "impact", "major",
                "system_ids", Long.toString(shop), "message", "We are looking into it.", "visibility", "public"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(303);
        String page = opened.location().replaceAll("\\?.*", "");
        long id = Long.parseLong(page.replaceAll("\\D", ""));

        browser.get(page);
        browser.post(page + "/updates", fields("message", "db-7 is out of memory", "visibility", "internal"));
        browser.post(page + "/status", fields("state", "monitoring", "message", "A fix is in place.",
                "visibility", "public"));
        browser.post(page + "/acknowledge", Map.of());
        var incident = browser.get(page);

        assertThat(incident.body()).contains("Checkout errors").contains("db-7 is out of memory").contains(">Internal<")
                .contains("A fix is in place.").contains("acknowledged by admin");
        var stored = server.vigil.incidents.byId(new dev.vigil.domain.incident.IncidentId(id)).orElseThrow();
        assertThat(stored.state()).isEqualTo(IncidentState.MONITORING);
        assertThat(stored.updates()).extracting(u -> u.visibility())
                .containsExactly(UpdateVisibility.PUBLIC, UpdateVisibility.INTERNAL, UpdateVisibility.PUBLIC);
        assertThat(stored.updates().get(1).by()).isEqualTo("admin");
        server.awaitSnapshot();
        assertThat(server.get("/status", Map.of()).body()).contains("A fix is in place.")
                .doesNotContain("db-7 is out of memory").doesNotContain("Checkout errors");

        var resolved = browser.post(page + "/resolve", fields("message", "Fixed.", "postmortem", "A full disk."));
        assertThat(resolved.status()).isEqualTo(303);
        assertThat(browser.get(page).body()).contains("Resolved").contains("A full disk.")
                .doesNotContain("action=\"" + page + "/updates\"");
        var postmortem = browser.post(page, fields("postmortem", "A full disk; alerting added."));
        assertThat(postmortem.status()).isEqualTo(303);
        assertThat(server.vigil.incidents.byId(new dev.vigil.domain.incident.IncidentId(id)).orElseThrow().postmortem())
                .isEqualTo("A full disk; alerting added.");
    }

    @Test
    void refusedIncidentForms_sayWhy_keepWhatWasTyped_andChangeNothing() {
        var blank = browser.post("/admin/incidents", fields("title", " ", "impact", "minor", "message", "Typed text",
                "visibility", "public"));
        var badImpact = browser.post("/admin/incidents", fields("title", "T", "impact", "apocalyptic", "message", "m",
                "visibility", "public"));
        long id = server.call("POST", "/api/incidents", "{\"title\":\"t\",\"message\":\"m\",\"by\":\"x\"}").json()
                .get("id").asLong();
        browser.get("/admin/incidents/" + id);
        var same = browser.post("/admin/incidents/" + id + "/status", fields("state", "investigating",
                "visibility", "public"));
        var noMessage = browser.post("/admin/incidents/" + id + "/updates", fields("message", "", "visibility", "public"));

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("title").contains("Typed text");
        assertThat(badImpact.status()).isEqualTo(400);
        assertThat(badImpact.body()).contains("impact must be one of none, minor, major, critical");
        assertThat(same.status()).isEqualTo(409);
        assertThat(same.body()).contains("already investigating");
        assertThat(noMessage.status()).isEqualTo(400);
        assertThat(server.vigil.incidents.unresolved()).hasSize(1)
                .allSatisfy(i -> assertThat(i.updates()).hasSize(1));
    }

    @Test
    void maintenance_isScheduledInUtc_listed_andCancelled() {
        browser.get("/admin/maintenance");
        var scheduled = browser.post("/admin/maintenance", fields("title", "DB upgrade", "description", "Slow checkout",
                "start_time", "2026-03-02T02:00", "end_time", "2026-03-02T03:00", "system_ids", Long.toString(shop)));

        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(303);
        var page = browser.get(scheduled.location()).body();
        assertThat(page).contains("Maintenance scheduled.").contains("DB upgrade").contains("2026-03-02 02:00:00 UTC")
                .contains("scheduled");
        var window = server.vigil.maintenanceWindows.upcoming(server.vigil.clock.instant()).get(0);
        assertThat(window.startsAt()).isEqualTo(Instant.parse("2026-03-02T02:00:00Z"));
        assertThat(window.systems()).containsExactly(new SystemId(shop));

        var cancelled = browser.post("/admin/maintenance/" + window.id().value() + "/cancel", Map.of());
        assertThat(cancelled.status()).isEqualTo(303);
        assertThat(server.vigil.maintenanceWindows.upcoming(server.vigil.clock.instant())).isEmpty();
    }

    @Test
    void aMaintenanceThatEndsBeforeItStarts_orLiesInThePast_isRefusedWithTheReason() {
        browser.get("/admin/maintenance");
        var backwards = browser.post("/admin/maintenance", fields("title", "X", "start_time", "2026-03-02T03:00",
                "end_time", "2026-03-02T02:00"));
        var past = browser.post("/admin/maintenance", fields("title", "X", "start_time", "2026-02-01T03:00",
                "end_time", "2026-02-01T04:00"));
        var garbage = browser.post("/admin/maintenance", fields("title", "X", "start_time", "tomorrow",
                "end_time", "2026-02-01T04:00"));

        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("after");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body()).contains("past");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.body()).contains("start must be a time such as 2026-03-01T12:00 (UTC)")
                .contains("value=\"tomorrow\"");
        assertThat(server.vigil.maintenanceWindows.page(10, 0)).isEmpty();
    }

    @Test
    void slaTargets_reports_andBreaches_areManagedFromTheSlaPage() {
        var page = browser.get("/admin/sla");
        assertThat(page.body()).contains("Shop").contains("value=\"99.9\"").contains("100.00 %").contains("Excellent");

        var changed = browser.post("/admin/systems/" + shop + "/sla-target", fields("sla_target", "99.5"));
        var refused = browser.post("/admin/systems/" + shop + "/sla-target", fields("sla_target", "150"));
        assertThat(changed.status()).isEqualTo(303);
        assertThat(server.vigil.systems.byId(new SystemId(shop)).orElseThrow().details().slaTarget().percent())
                .isEqualTo(99.5);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("value=\"150\"");

        var report = browser.post("/admin/sla/reports", fields("title", "March", "period", "month"));
        assertThat(report.status()).isEqualTo(303);
        var shown = browser.get(report.location());
        assertThat(shown.body()).contains("March").contains("Shop").contains("PostgreSQL").contains("Download as CSV");
        var csv = browser.get(report.location() + "/csv");
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("kind,system_id").contains("Shop");

        server.call("POST", "/api/dependencies/" + db + "/status", "{\"status\":\"red\"}");
        server.vigil.clock.advance(Duration.ofHours(6));
        browser.logIn("admin", ApiServer.ADMIN_PASSWORD);
        browser.get("/admin/sla");
        var checked = browser.post("/admin/sla/breaches/check", fields("period", "month"));
        assertThat(checked.location()).startsWith("/admin/sla?notice=breaches-checked");
        long breach = server.vigil.listSlaBreaches.list(true, Optional.empty(), 10).get(0).id().value();
        assertThat(browser.get("/admin/sla").body()).contains("Acknowledge breach of Shop");
        var acknowledged = browser.post("/admin/sla/breaches/" + breach + "/acknowledge", Map.of());
        assertThat(acknowledged.status()).isEqualTo(303);
        assertThat(server.vigil.listSlaBreaches.list(true, Optional.empty(), 10)).isEmpty();
        assertThat(browser.get("/admin/sla").body()).contains("by admin");
    }

    @Test
    void analytics_showThePooledFigures_andEverySystem_forAPeriod() {
        server.call("POST", "/api/dependencies/" + db + "/status", "{\"status\":\"red\"}");
        server.vigil.clock.advance(Duration.ofHours(1));

        var page = browser.get("/admin/analytics?period=7d");
        var bad = browser.get("/admin/analytics?period=forever");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("All systems").contains("Shop").contains("PostgreSQL")
                .contains("value=\"7d\" selected").contains("0.00 %");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("text/html");
    }

    @Test
    void webhooks_areCreatedWithTheirSecretShownOnce_listedMasked_tested_andRetried() {
        browser.get("/admin/webhooks");
        var created = browser.post("/admin/webhooks", fields("name", "Ops chat", "type", "slack",
                "url", "https://hooks.slack.com/services/T000/B000/XXXXSECRET", "events", "status_change",
                "enabled", "yes"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).contains("Webhook “Ops chat” created").containsPattern("whsec_[A-Za-z0-9_-]+")
                .doesNotContain("XXXXSECRET");
        var list = browser.get("/admin/webhooks").body();
        assertThat(list).contains("https://hooks.slack.com/***").doesNotContain("XXXXSECRET").doesNotContain("whsec_");
        long id = server.vigil.webhooks.all().get(0).id().value();

        server.vigil.sender.willAnswer(SendOutcome.rejected(Optional.of(404), "no such hook", Duration.ofMillis(7)));
        var tested = browser.post("/admin/webhooks/" + id + "/test", Map.of());
        assertThat(tested.status()).isEqualTo(200);
        assertThat(tested.body()).contains("Test message: Not delivered: HTTP 404: no such hook");
        var disabled = browser.post("/admin/webhooks/" + id + "/enabled", fields("enabled", "no"));
        assertThat(disabled.status()).isEqualTo(303);
        assertThat(server.vigil.webhooks.all().get(0).enabled()).isFalse();

        var refused = browser.post("/admin/webhooks", fields("name", "Bad", "type", "generic", "url",
                "http://169.254.169.254/x", "events", "status_change"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(server.vigil.webhooks.all()).hasSize(1);
    }

    @Test
    void theDashboard_showsUptimeOver24HoursAnd30Days_openIncidents_andMaintenance() {
        server.call("POST", "/api/incidents", "{\"title\":\"Slow search\",\"impact\":\"minor\",\"message\":\"m\","
                + "\"by\":\"x\",\"system_ids\":[" + shop + "]}");
        server.call("POST", "/api/maintenances", "{\"title\":\"Kernel update\",\"start_time\":\"2026-03-03T01:00:00Z\","
                + "\"end_time\":\"2026-03-03T02:00:00Z\"}");
        server.vigil.clock.advance(Duration.ofHours(1));

        var page = browser.get("/admin").body();

        assertThat(page).contains("Uptime 24 h").contains("Uptime 30 d").contains("100.00 %")
                .contains("Slow search").contains("Kernel update").contains("all systems");
    }

    @Test
    void theNewPages_needASession_refuseFormsWithoutTheCsrfToken_andCarryNoInlineScriptOrStyle() {
        for (String path : List.of("/admin/incidents", "/admin/maintenance", "/admin/sla", "/admin/analytics",
                "/admin/webhooks", "/admin/backup", "/admin/systems/" + shop)) {
            var page = browser.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).doesNotContainPattern("<script(?![^>]*\\ssrc=)")
                    .doesNotContainPattern(AdminUiTest.STYLE_ATTRIBUTE).doesNotContainPattern(AdminUiTest.EVENT_HANDLER_ATTRIBUTE);
        }
        var forged = browser.postRaw("/admin/incidents", "title=Forged&message=m&impact=minor&visibility=public");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(server.vigil.incidents.unresolved()).isEmpty();
        browser.forgetCookies();
        assertThat(browser.get("/admin/incidents").status()).isEqualTo(303);
    }
}
