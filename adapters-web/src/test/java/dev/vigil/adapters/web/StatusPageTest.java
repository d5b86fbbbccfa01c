package dev.vigil.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The public surfaces: /status, /status/{slug} and /status.json, served from the snapshot. */
class StatusPageTest {
    /** An attribute named on… (an inline event handler) in any tag; attribute values are always double-quoted. */
    static final String EVENT_HANDLER_ATTRIBUTE = "<[a-z][a-z0-9]*(?:\\s+[a-z-]+(?:=(?:\"[^\"]*\"|[^\\s>\"]+))?)*\\s+on[a-z]+=";
    static final String STYLE_ATTRIBUTE = "<[a-z][a-z0-9]*(?:\\s+[a-z-]+(?:=(?:\"[^\"]*\"|[^\\s>\"]+))?)*\\s+style=";

    private final ApiServer server = new ApiServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private long system(String json) {
        var reply = server.call("POST", "/api/systems", json);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    private long dependency(long system, String name, String criticality) {
        return server.call("POST", "/api/systems/" + system + "/dependencies",
                "{\"name\":\"" + name + "\",\"criticality\":\"" + criticality + "\"}").json().get("id").asLong();
    }

    private void status(String path, String status) {
        assertThat(server.call("POST", path + "/status", "{\"status\":\"" + status + "\"}").status()).isEqualTo(200);
    }

    private ApiServer.Reply fresh(String path) {
        server.awaitSnapshot();
        return server.get(path, Map.of());
    }

    @Test
    void statusJson_followsSeed000sContractExactly() {
        long shop = system("{\"name\":\"Shop\"}");
        long db = dependency(shop, "PostgreSQL", "critical");
        dependency(shop, "Redis", "minor");
        status("/api/dependencies/" + db, "red");
        server.call("PUT", "/api/counters/messages_last_24h", "{\"value\": 12, \"label\": \"Messages, last 24 h\"}");

        var reply = fresh("/status.json");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        JsonNode json = reply.json();
        assertThat(fieldNames(json)).containsExactly("overall_state", "components", "snapshot", "incidents", "generated_at");
        assertThat(json.get("overall_state").asText()).isEqualTo("down");
        assertThat(json.get("components")).hasSize(3);
        JsonNode system = json.get("components").get(0);
        assertThat(fieldNames(system)).containsExactly("component", "label", "state", "detail", "latency_ms", "last_checked_at");
        assertThat(system.get("component").asText()).isEqualTo("shop");
        assertThat(system.get("label").asText()).isEqualTo("Shop");
        assertThat(system.get("state").asText()).isEqualTo("down");
        assertThat(system.get("detail").asText()).isEqualTo("PostgreSQL is down");
        assertThat(system.get("latency_ms").isNull()).isTrue();
        assertThat(system.get("last_checked_at").isNull()).isTrue();
        JsonNode first = json.get("components").get(1);
        assertThat(first.get("component").asText()).isEqualTo("shop/" + db);
        assertThat(first.get("label").asText()).isEqualTo("PostgreSQL");
        assertThat(first.get("state").asText()).isEqualTo("down");
        assertThat(json.get("components").get(2).get("state").asText()).isEqualTo("operational");
        assertThat(json.get("snapshot").toString()).isEqualTo("{\"messages_last_24h\":12}");
        assertThat(json.get("incidents").isArray()).isTrue();
        assertThat(json.get("incidents")).isEmpty();
        assertThat(json.get("generated_at").asText()).isEqualTo("2026-03-01T12:00:00Z");
    }

    @Test
    void privateSystems_neverAppearOnAnyPublicSurface() {
        long secret = system("{\"name\":\"Secret backoffice\",\"slug\":\"secret-backoffice\",\"visibility\":\"private\"}");
        status("/api/dependencies/" + dependency(secret, "Hidden DB", "critical"), "red");
        system("{\"name\":\"Shop\"}");

        var json = fresh("/status.json");
        var page = server.get("/status", Map.of());
        var systemPage = server.get("/status/secret-backoffice", Map.of("Accept", "text/html"));

        assertThat(json.body()).doesNotContain("Secret").doesNotContain("Hidden");
        assertThat(json.json().get("overall_state").asText()).isEqualTo("operational");
        assertThat(page.body()).doesNotContain("Secret").doesNotContain("Hidden").contains("All systems operational");
        assertThat(systemPage.status()).isEqualTo(404);
        assertThat(systemPage.body()).doesNotContain("Hidden");
    }

    @Test
    void banner_rollsUpBySeed000sRule_andShowsMaintenanceAsSuch() {
        long shop = system("{\"name\":\"Shop\"}");
        long blog = system("{\"name\":\"Blog\"}");
        assertThat(fresh("/status").body()).contains("data-state=\"operational\"").contains("All systems operational");

        status("/api/systems/" + blog, "maintenance");
        assertThat(banner(fresh("/status").body())).contains("s-maintenance").contains("Maintenance in progress");
        assertThat(fresh("/status.json").json().get("overall_state").asText()).isEqualTo("operational");

        status("/api/systems/" + shop, "yellow");
        assertThat(banner(fresh("/status").body())).contains("s-degraded").contains("Degraded service");

        status("/api/systems/" + blog, "red");
        assertThat(banner(fresh("/status").body())).contains("s-down").contains("Outage");
        assertThat(fresh("/status.json").json().get("overall_state").asText()).isEqualTo("down");
    }

    private static String banner(String html) {
        int start = html.indexOf("<section id=\"banner\"");
        return html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void systems_areListedFailuresFirst_eachWithItsDependencies_labelColourAndIcon() {
        long alpha = system("{\"name\":\"Alpha\"}");
        system("{\"name\":\"Beta\"}");
        long zulu = system("{\"name\":\"Zulu\"}");
        long cache = dependency(zulu, "Cache", "minor");
        dependency(zulu, "Auth", "critical");
        status("/api/dependencies/" + cache, "red");
        status("/api/systems/" + alpha, "maintenance");

        String html = fresh("/status").body();

        assertThat(html.indexOf("data-component=\"zulu\"")).isLessThan(html.indexOf("data-component=\"alpha\""));
        assertThat(html.indexOf("data-component=\"alpha\"")).isLessThan(html.indexOf("data-component=\"beta\""));
        String zuluCard = html.substring(html.indexOf("data-component=\"zulu\""), html.indexOf("data-component=\"alpha\""));
        assertThat(html).contains("<li class=\"system s-degraded\" data-component=\"zulu\" data-state=\"degraded\"");
        assertThat(zuluCard).contains("<span class=\"state\"><span class=\"i\" aria-hidden=\"true\"></span><span class=\"label\">Degraded</span></span>")
                .contains("<span class=\"label\">Degraded</span>").contains("Cache is down");
        assertThat(zuluCard.indexOf(">Cache<")).as("failing dependencies first").isLessThan(zuluCard.indexOf(">Auth<"));
        assertThat(zuluCard).contains("<span class=\"label\">Down</span>").contains("<details class=\"deps\" open>");
        assertThat(html).contains("<span class=\"label\">Maintenance</span>").contains("class=\"system s-maintenance\"");
    }

    @Test
    void oneSystemsPage_showsItAndItsDependencies() {
        long shop = system("{\"name\":\"Shop\",\"description\":\"Sells things\"}");
        dependency(shop, "PostgreSQL", "critical");
        system("{\"name\":\"Blog\"}");

        var reply = fresh("/status/shop");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        assertThat(reply.body()).contains("Sells things").contains("PostgreSQL").contains("data-scope=\"shop\"")
                .doesNotContain("data-component=\"blog\"");
        assertThat(reply.header("ETag")).isNotBlank();
    }

    @Test
    void anUnknownSlug_isAnHtmlNotFoundPage_thatEscapesWhatWasAskedFor() {
        var reply = server.get("/status/%3Cscript%3Ealert(1)%3C%2Fscript%3E", Map.of());

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        assertThat(reply.body()).contains("Page not found").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert");
    }

    @Test
    void hostileNames_areShownAsText() {
        system("{\"name\":\"<img src=x onerror=alert(1)>\",\"description\":\"\\\"><script>alert(2)</script>\"}");

        String html = fresh("/status").body();
        String one = server.get("/status/img-src-x-onerror-alert-1", Map.of()).body();

        assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");
        assertThat(one).contains("&lt;img src=x onerror=alert(1)&gt;").contains("&lt;script&gt;alert(2)")
                .doesNotContain("<script>alert");
    }

    @Test
    void pages_carryAContentSecurityPolicy_andNoInlineScriptOrStyle() {
        long shop = system("{\"name\":\"Shop\"}");
        dependency(shop, "DB", "critical");
        var reply = fresh("/status");

        assertThat(reply.header("Content-Security-Policy")).contains("script-src 'self'").contains("style-src 'self'")
                .contains("default-src 'none'").doesNotContain("unsafe");
        assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(reply.body()).doesNotContainPattern("<script(?![^>]*\\ssrc=)").doesNotContainPattern(STYLE_ATTRIBUTE)
                .doesNotContainPattern(EVENT_HANDLER_ATTRIBUTE).doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void counters_showOnThePage_withTheirLabels() {
        server.call("PUT", "/api/counters/messages_last_24h", "{\"value\": 1234567, \"label\": \"Messages, last 24 h\"}");

        String html = fresh("/status").body();

        assertThat(html).contains("<dt>Messages, last 24 h</dt><dd data-counter=\"messages_last_24h\">1,234,567</dd>");
    }

    @Test
    void status_answersIfNoneMatchWith304_untilSomethingChanges() {
        system("{\"name\":\"Shop\"}");
        var first = fresh("/status");
        String etag = first.header("ETag");

        var again = server.get("/status", Map.of("If-None-Match", etag));
        var listed = server.get("/status", Map.of("If-None-Match", "\"other\", " + etag));
        var weak = server.get("/status", Map.of("If-None-Match", "W/" + etag));

        assertThat(etag).matches("\"[A-Za-z0-9_-]{27}\"");
        assertThat(first.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.header("ETag")).isEqualTo(etag);
        assertThat(listed.status()).isEqualTo(304);
        assertThat(weak.status()).isEqualTo(304);

        system("{\"name\":\"Blog\"}");
        var changed = fresh("/status");
        var conditional = server.get("/status", Map.of("If-None-Match", etag));

        assertThat(changed.header("ETag")).isNotEqualTo(etag);
        assertThat(conditional.status()).isEqualTo(200);
        assertThat(conditional.body()).contains("Blog");
    }

    @Test
    void gzip_isServedPrecompressed_toClientsThatAcceptIt_withItsOwnEtag() throws Exception {
        system("{\"name\":\"Shop\"}");
        server.awaitSnapshot();
        HttpClient client = HttpClient.newHttpClient();
        URI uri = URI.create("http://127.0.0.1:" + server.app().port() + "/status");

        HttpResponse<byte[]> gz = client.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip, deflate").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> plain = client.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip;q=0").build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(gz.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gz.headers().firstValue("Vary")).contains("Accept-Encoding");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gunzip(gz.body())).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
        String gzTag = gz.headers().firstValue("ETag").orElseThrow();
        assertThat(gzTag).isEqualTo(plain.headers().firstValue("ETag").orElseThrow().replace("\"", "").transform(t -> "\"" + t + "-gz\""));
        HttpResponse<byte[]> revalidated = client.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip")
                .header("If-None-Match", gzTag).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(revalidated.statusCode()).isEqualTo(304);
    }

    private static String gunzip(byte[] bytes) {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void requests_areServedFromTheSnapshot_withoutRebuildingIt() {
        system("{\"name\":\"Shop\"}");
        server.awaitSnapshot();
        long rebuilds = server.snapshots().rebuilds();

        for (int i = 0; i < 50; i++) {
            assertThat(server.get("/status", Map.of()).status()).isEqualTo(200);
            assertThat(server.get("/status.json", Map.of()).status()).isEqualTo(200);
            assertThat(server.get("/status/shop", Map.of()).status()).isEqualTo(200);
        }

        assertThat(server.snapshots().rebuilds()).isEqualTo(rebuilds);
    }

    @Test
    void aRenameOrACounter_publishNoEvent_butStillRefreshThePage() {
        long shop = system("{\"name\":\"Shop\"}");
        fresh("/status");

        server.call("PUT", "/api/systems/" + shop, "{\"name\":\"Web shop\"}");
        server.call("PUT", "/api/counters/online_now", "{\"value\": 7}");

        var json = fresh("/status.json").json();
        assertThat(json.get("components").get(0).get("label").asText()).isEqualTo("Web shop");
        assertThat(json.get("snapshot").get("online_now").asLong()).isEqualTo(7);
        assertThat(server.vigil.events.received()).isEmpty();
    }

    @Test
    void everyStateHasAnIconOfItsOwnShape_servedByTheJar_andNamedByTheStylesheet() {
        String css = server.get("/assets/vigil.css", Map.of()).body();

        for (String state : List.of("operational", "degraded", "down", "maintenance", "unknown")) {
            var icon = server.get("/assets/i-" + state + ".svg", Map.of());
            assertThat(icon.status()).as(state).isEqualTo(200);
            assertThat(icon.header("Content-Type")).isEqualTo("image/svg+xml");
            assertThat(icon.body()).startsWith("<svg").contains("viewBox=\"0 0 16 16\"");
            assertThat(css).contains(".s-" + state + " {").contains("--icon: url(\"i-" + state + ".svg\")");
        }
        assertThat(server.get("/assets/i-down.svg", Map.of()).body())
                .isNotEqualTo(server.get("/assets/i-operational.svg", Map.of()).body());
    }

    @Test
    void root_leadsToTheStatusPage_andAssetsAreServedByTheJar() {
        var root = server.get("/", Map.of());
        String html = fresh("/status").body();
        String css = html.replaceAll("(?s).*href=\"(/assets/vigil\\.css\\?v=[0-9a-f]+)\".*", "$1");
        String js = html.replaceAll("(?s).*src=\"(/assets/status\\.js\\?v=[0-9a-f]+)\".*", "$1");

        var stylesheet = server.get(css, Map.of());
        var script = server.get(js, Map.of());
        var unversioned = server.get("/assets/vigil.css", Map.of());

        assertThat(root.status()).isEqualTo(302);
        assertThat(root.header("Location")).isEqualTo("/status");
        assertThat(stylesheet.status()).isEqualTo(200);
        assertThat(stylesheet.header("Content-Type")).startsWith("text/css");
        assertThat(stylesheet.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(script.header("Content-Type")).startsWith("text/javascript");
        assertThat(script.body()).contains("/status.json").contains("visibilitychange");
        assertThat(unversioned.header("Cache-Control")).isEqualTo("public, max-age=300");
        assertThat(server.get("/assets/../pom.xml", Map.of()).status()).isEqualTo(404);
        assertThat(server.get("/assets/nothing.js", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void errors_areHtmlOnPages_andJsonOnTheApi() {
        var page = server.get("/no/such/page", Map.of("Accept", "text/html,application/xhtml+xml"));
        var api = server.get("/api/no/such/thing", Map.of("Accept", "text/html"));
        var json = server.call("POST", "/status.json", "{}");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("<h1>Page not found</h1>").contains("href=\"/status\"");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.json().get("error")).isNotNull();
        assertThat(json.status()).isEqualTo(405);
        assertThat(json.json().get("error").asText()).contains("not allowed");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void statusJson_namesEveryStateOfSeed000_plusMaintenanceAndUnknownForComponents() {
        long shop = system("{\"name\":\"Shop\"}");
        long a = dependency(shop, "A", "critical");
        long b = dependency(shop, "B", "critical");
        long c = dependency(shop, "C", "critical");
        status("/api/dependencies/" + a, "yellow");
        status("/api/dependencies/" + b, "maintenance");
        status("/api/dependencies/" + c, "red");

        Set<String> states = new java.util.HashSet<>();
        fresh("/status.json").json().get("components").forEach(n -> states.add(n.get("state").asText()));

        assertThat(states).containsExactlyInAnyOrder("down", "degraded", "maintenance");
    }

    private void httpCheck(long dependency) {
        var reply = server.call("PUT", "/api/dependencies/" + dependency + "/check",
                "{\"type\":\"http\",\"url\":\"http://db.internal:8080/health\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    @Test
    void checkedDependencies_showLatency_lastCheck_andWhatTheCheckSaw_withoutInternalAddresses() {
        long shop = system("{\"name\":\"Shop\"}");
        long db = dependency(shop, "PostgreSQL", "critical");
        long cache = dependency(shop, "Redis", "minor");
        httpCheck(db);
        httpCheck(cache);
        var now = server.vigil.clock.instant();
        server.vigil.recordCheckResults.record(List.of(
                dev.vigil.domain.check.CheckFixtures.up(db, now, 12),
                dev.vigil.domain.check.CheckFixtures.down(cache, now, "connection to db.internal:6379 refused")));

        var json = fresh("/status.json").json();
        var page = server.get("/status", Map.of());

        JsonNode pg = component(json, "shop/" + db);
        assertThat(pg.get("latency_ms").asLong()).isEqualTo(12);
        assertThat(pg.get("last_checked_at").asText()).isEqualTo("2026-03-01T12:00:00Z");
        assertThat(pg.get("detail").asText()).isEqualTo("HTTP 200 in 12 ms");
        JsonNode redis = component(json, "shop/" + cache);
        assertThat(redis.get("state").asText()).isEqualTo("degraded");
        assertThat(redis.get("latency_ms").isNull()).as("a failure measured no latency").isTrue();
        assertThat(redis.get("detail").asText()).isEqualTo("Connection to the service refused");
        assertThat(json.toString()).doesNotContain("db.internal");
        assertThat(page.body()).contains("<span class=\"detail\">HTTP 200 in 12 ms</span>")
                .as("the latency once: the detail says it already")
                .contains("<span class=\"meta\">checked 2026-03-01 12:00:00 UTC</span>")
                .contains("Connection to the service refused").doesNotContain("db.internal");
    }

    private static JsonNode component(JsonNode json, String name) {
        for (JsonNode c : json.get("components")) {
            if (c.get("component").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no component " + name + " in " + json);
    }

    private long incident(String json) {
        var reply = server.call("POST", "/api/incidents", json);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    @Test
    void openIncidents_showTheirPublicUpdates_neverTheInternalOnes_norTheirTitles() {
        long shop = system("{\"name\":\"Shop\",\"slug\":\"shop\"}");
        long id = incident("{\"title\":\"Primary db-7 ran out of memory\",\"impact\":\"major\",\"system_ids\":[" + shop
                + "],\"message\":\"Checkout is failing for some customers.\"}");
        server.call("POST", "/api/incidents/" + id + "/updates",
                "{\"message\":\"Internal: failover to db-8 at 10.0.0.9\",\"visibility\":\"internal\"}");
        server.call("POST", "/api/incidents/" + id + "/status",
                "{\"state\":\"identified\",\"message\":\"We found the cause and are fixing it.\"}");

        var page = fresh("/status");
        var systemPage = server.get("/status/shop", Map.of());
        var json = server.get("/status.json", Map.of());

        for (var surface : List.of(page, systemPage, json)) {
            assertThat(surface.body()).doesNotContain("Internal: failover").doesNotContain("10.0.0.9")
                    .doesNotContain("db-7 ran out");
        }
        assertThat(page.body()).contains("Ongoing incidents").contains("Major incident · Identified")
                .contains("Checkout is failing for some customers.").contains("We found the cause and are fixing it.")
                .contains("Affects: Shop");
        assertThat(page.body().indexOf("We found the cause")).as("newest update first")
                .isLessThan(page.body().indexOf("Checkout is failing"));
        assertThat(systemPage.body()).contains("We found the cause and are fixing it.");
        JsonNode incident = json.json().get("incidents").get(0);
        assertThat(fieldNames(incident)).containsExactly("severity", "status", "discovered_at", "contained_at",
                "resolved_at");
        assertThat(incident.get("severity").asText()).isEqualTo("major");
        assertThat(incident.get("status").asText()).isEqualTo("identified");
        assertThat(incident.get("contained_at").isNull()).isTrue();
    }

    @Test
    void incidentsAndMaintenance_thatConcernOnlyPrivateSystems_stayOffThePublicPages() {
        long hidden = system("{\"name\":\"Back office\",\"visibility\":\"private\"}");
        system("{\"name\":\"Shop\"}");
        incident("{\"title\":\"VPN down\",\"system_ids\":[" + hidden + "],\"message\":\"Back office VPN is down\"}");
        server.call("POST", "/api/maintenances", "{\"title\":\"Ledger migration\",\"start_time\":\"2026-03-02T00:00:00Z\","
                + "\"end_time\":\"2026-03-02T01:00:00Z\",\"system_ids\":[" + hidden + "]}");

        var page = fresh("/status");
        var json = server.get("/status.json", Map.of()).json();

        assertThat(page.body()).doesNotContain("VPN").doesNotContain("Ledger").doesNotContain("Back office")
                .doesNotContain("Ongoing incidents").contains("No incidents reported.");
        assertThat(json.get("incidents")).isEmpty();
    }

    @Test
    void maintenance_inProgressAndToCome_isAnnounced_andTheIncidentHistoryHasItsTimes() {
        long shop = system("{\"name\":\"Shop\"}");
        var created = server.call("POST", "/api/maintenances", "{\"title\":\"Database upgrade\",\"description\":"
                + "\"Checkout may be slow.\",\"start_time\":\"2026-03-01T12:00:00Z\",\"end_time\":\"2026-03-01T13:00:00Z\","
                + "\"system_ids\":[" + shop + "]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        server.call("POST", "/api/maintenances", "{\"title\":\"Network work\",\"start_time\":\"2026-03-03T22:00:00Z\","
                + "\"end_time\":\"2026-03-03T23:00:00Z\"}");
        long id = incident("{\"title\":\"t\",\"impact\":\"minor\",\"system_ids\":[" + shop + "],\"message\":\"Slow\"}");
        server.vigil.clock.advance(java.time.Duration.ofMinutes(5));
        server.call("POST", "/api/incidents/" + id + "/status", "{\"state\":\"monitoring\"}");
        server.vigil.clock.advance(java.time.Duration.ofMinutes(5));
        server.call("POST", "/api/incidents/" + id + "/resolve", null);

        var page = fresh("/status").body();
        var json = server.get("/status.json", Map.of()).json();

        assertThat(page).contains("Database upgrade").contains("Checkout may be slow.")
                .contains("In progress until 2026-03-01 13:00:00 UTC").contains("Network work")
                .contains("Scheduled: 2026-03-03 22:00:00 UTC to 2026-03-03 23:00:00 UTC").contains("All systems");
        assertThat(page).doesNotContain("Ongoing incidents");
        assertThat(page).contains("<td>Minor incident</td><td>Resolved</td><td>Shop</td><td>2026-03-01 12:00:00 UTC</td>"
                + "<td>2026-03-01 12:05:00 UTC</td><td>2026-03-01 12:10:00 UTC</td>");
        JsonNode incident = json.get("incidents").get(0);
        assertThat(incident.get("discovered_at").asText()).isEqualTo("2026-03-01T12:00:00Z");
        assertThat(incident.get("contained_at").asText()).isEqualTo("2026-03-01T12:05:00Z");
        assertThat(incident.get("resolved_at").asText()).isEqualTo("2026-03-01T12:10:00Z");
        assertThat(page).contains("data-incident-signature=\"minor|resolved|2026-03-01T12:00:00Z|2026-03-01T12:05:00Z|"
                + "2026-03-01T12:10:00Z\"");
    }

    @Test
    void eachSystem_hasNinetyDaysOfUptimeBars_andTheSparklineOfItsSlowestDependency_whoseOwnShowOnItsPage() {
        long shop = system("{\"name\":\"Shop\"}");
        long db = dependency(shop, "PostgreSQL", "critical");
        long cache = dependency(shop, "Redis", "critical");
        httpCheck(db);
        httpCheck(cache);
        var start = java.time.Instant.parse("2026-03-01T09:00:00Z");
        for (int minutes = 0; minutes < 180; minutes += 10) {
            var at = start.plus(java.time.Duration.ofMinutes(minutes));
            server.vigil.recordCheckResults.record(List.of(dev.vigil.domain.check.CheckFixtures.up(db, at,
                    10 + minutes / 60 * 15), dev.vigil.domain.check.CheckFixtures.up(cache, at, 30)));
        }
        server.vigil.clock.advance(java.time.Duration.ofMinutes(3));
        server.vigil.compactCheckHistory.compact();

        var page = fresh("/status").body();

        assertThat(page).contains("aria-label=\"Uptime per day over the last 90 days\"")
                .contains("<title>2025-12-02 to 2026-02-28: no data, no incidents</title>")
                .contains("<title>2026-03-01: 100.00 % uptime, no incidents</title>")
                .contains("100.00 % uptime over the last 90 days, no incidents")
                .contains("<pattern id=\"bars-good\"");
        assertThat(page.split("<svg class=\"sparkline\"", -1)).as("one sparkline per system on the overview")
                .hasSize(2);
        assertThat(page).contains("<p class=\"trend\"><svg class=\"sparkline\"")
                .contains("<title>Response time of the slowest dependency, hourly average over the last 24 "
                        + "hours: 30 to 40 ms, latest 40 ms</title>")
                .as("each hour at the height of the slower dependency: 30, 30 (Redis), then 40 (PostgreSQL)")
                .contains("<path d=\"M105,7l5,0 5,-5\">");

        var own = fresh("/status/shop").body();
        assertThat(own.split("<svg class=\"sparkline\"", -1)).as("the system's line and one per checked dependency")
                .hasSize(4);
        assertThat(own).contains("<title>Response time, hourly average over the last 24 hours: 10 to 40 ms, latest "
                        + "40 ms</title>")
                .contains("<path d=\"M105,17l5,-8 5,-7\">")
                .contains("<title>Response time, hourly average over the last 24 hours: 30 to 30 ms, latest 30 ms"
                        + "</title>");
    }
}
