package dev.vigil.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ecosystem surfaces (issue 8): Statuspage-compatible API, feeds, calendar, badges and widget. Every test has a
 * private system with a failing dependency, a private-only incident and an internal update on a public incident, and
 * checks that none of it shows.
 */
class EcosystemTest {
    private static final String SECRET_WORDS = "Backoffice|Hidden DB|Quorum lost on shard 7|Checkout errors|bob|Ledger swap";

    private final ApiServer server = new ApiServer();
    private long shop;
    private long db;
    private long backoffice;

    @AfterEach
    void stop() {
        server.close();
    }

    @BeforeEach
    void aPublicShopAndAPrivateBackoffice() {
        shop = id(server.call("POST", "/api/systems", "{\"name\":\"Shop & <Co>\",\"slug\":\"shop\"}"));
        db = id(server.call("POST", "/api/systems/" + shop + "/dependencies",
                "{\"name\":\"PostgreSQL\",\"criticality\":\"critical\"}"));
        id(server.call("POST", "/api/systems/" + shop + "/dependencies", "{\"name\":\"Redis\",\"criticality\":\"minor\"}"));
        backoffice = id(server.call("POST", "/api/systems", "{\"name\":\"Backoffice\",\"slug\":\"backoffice\","
                + "\"visibility\":\"private\"}"));
        long hidden = id(server.call("POST", "/api/systems/" + backoffice + "/dependencies",
                "{\"name\":\"Hidden DB\",\"criticality\":\"critical\"}"));
        ok(server.call("POST", "/api/dependencies/" + hidden + "/status", "{\"status\":\"red\"}"));
        id(server.call("POST", "/api/incidents", "{\"title\":\"Ledger swap\",\"message\":\"Ledger swap\","
                + "\"impact\":\"critical\",\"system_ids\":[" + backoffice + "]}"));
    }

    private static long id(ApiServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    private static void ok(ApiServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isBetween(200, 299);
    }

    private long publicIncidentWithAnInternalNote() {
        long incident = id(server.call("POST", "/api/incidents", "{\"title\":\"Checkout errors\","
                + "\"message\":\"Payments fail; we are on it, <b>sorry</b> & more\",\"impact\":\"major\","
                + "\"system_ids\":[" + shop + "," + backoffice + "]}"));
        ok(server.call("POST", "/api/incidents/" + incident + "/updates",
                "{\"message\":\"Quorum lost on shard 7\",\"visibility\":\"internal\",\"by\":\"bob\"}"));
        ok(server.call("POST", "/api/incidents/" + incident + "/status",
                "{\"state\":\"identified\",\"message\":\"Found the cause\"}"));
        return incident;
    }

    private void maintenance(String title, String description, Duration startsIn, Duration lasts, long system) {
        Instant start = server.vigil.clock.instant().plus(startsIn);
        id(server.call("POST", "/api/maintenances", "{\"title\":\"" + title + "\",\"description\":\"" + description
                + "\",\"start_time\":\"" + start + "\",\"end_time\":\"" + start.plus(lasts)
                + "\",\"system_ids\":[" + system + "]}"));
    }

    private ApiServer.Reply get(String path) {
        server.awaitSnapshot();
        return server.get(path, Map.of());
    }

    private static void assertNothingPrivate(ApiServer.Reply reply) {
        assertThat(reply.body()).doesNotContainPattern(SECRET_WORDS);
    }

    @Test
    void summary_speaksStatuspageV2_withSystemsAsGroups_andNothingPrivate() {
        ok(server.call("POST", "/api/dependencies/" + db + "/status", "{\"status\":\"red\"}"));
        publicIncidentWithAnInternalNote();

        var reply = get("/api/v2/summary.json");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(reply.header("Cache-Control")).isEqualTo("public, max-age=30");
        assertThat(reply.header("ETag")).isNotBlank();
        assertNothingPrivate(reply);
        JsonNode json = reply.json();
        assertThat(fields(json)).containsExactly("page", "components", "incidents", "scheduled_maintenances", "status");
        assertThat(fields(json.get("page"))).containsExactly("id", "name", "url", "time_zone", "updated_at");
        assertThat(json.get("status").toString())
                .isEqualTo("{\"indicator\":\"critical\",\"description\":\"Major System Outage\"}");
        JsonNode group = json.get("components").get(0);
        assertThat(group.get("id").asText()).isEqualTo("system-" + shop);
        assertThat(group.get("name").asText()).isEqualTo("Shop & <Co>");
        assertThat(group.get("group").asBoolean()).isTrue();
        assertThat(group.get("status").asText()).isEqualTo("major_outage");
        assertThat(group.get("components")).hasSize(2);
        JsonNode postgres = json.get("components").get(1);
        assertThat(fields(postgres)).containsExactly("id", "name", "status", "created_at", "updated_at", "position",
                "description", "showcase", "start_date", "group_id", "page_id", "group", "only_show_if_degraded");
        assertThat(postgres.get("name").asText()).isEqualTo("PostgreSQL");
        assertThat(postgres.get("group_id").asText()).isEqualTo("system-" + shop);
        assertThat(json.get("components")).hasSize(3);
        assertThat(json.get("incidents")).hasSize(1);
    }

    @Test
    void incidents_carryPublicUpdatesNewestFirst_withAffectedComponents_neverTitlesOrInternalNotes() {
        long incident = publicIncidentWithAnInternalNote();

        var all = get("/api/v2/incidents.json");
        var unresolved = get("/api/v2/incidents/unresolved.json");

        assertNothingPrivate(all);
        assertNothingPrivate(unresolved);
        JsonNode found = all.json().get("incidents").get(0);
        assertThat(all.json().get("incidents")).hasSize(1);
        assertThat(found.get("id").asText()).isEqualTo("incident-" + incident);
        assertThat(found.get("name").asText()).isEqualTo("Major incident: Shop & <Co>");
        assertThat(found.get("status").asText()).isEqualTo("identified");
        assertThat(found.get("impact").asText()).isEqualTo("major");
        JsonNode updates = found.get("incident_updates");
        assertThat(updates).hasSize(2);
        assertThat(updates.get(0).get("status").asText()).isEqualTo("identified");
        assertThat(updates.get(0).get("id").asText()).isEqualTo("incident-" + incident + "-update-2");
        assertThat(updates.get(1).get("body").asText()).startsWith("Payments fail");
        assertThat(updates.get(0).get("affected_components").get(0).get("code").asText()).isEqualTo("system-" + shop);
        assertThat(found.get("components")).hasSize(1);
        assertThat(unresolved.json().get("incidents")).hasSize(1);

        ok(server.call("POST", "/api/incidents/" + incident + "/resolve", "{\"message\":\"Fixed\"}"));

        assertThat(get("/api/v2/incidents/unresolved.json").json().get("incidents")).isEmpty();
        assertThat(get("/api/v2/incidents.json").json().get("incidents").get(0).get("status").asText())
                .isEqualTo("resolved");
        assertThat(get("/api/v2/status.json").json().get("status").get("indicator").asText()).isEqualTo("none");
    }

    @Test
    void scheduledMaintenances_listToComeInProgressAndCompleted_butNotThoseOfPrivateSystemsAlone() {
        maintenance("Ledger swap", "secret", Duration.ofHours(1), Duration.ofHours(1), backoffice);
        maintenance("DB upgrade", "Postgres 17", Duration.ofMinutes(10), Duration.ofHours(1), shop);
        maintenance("Cache flush", "", Duration.ofDays(2), Duration.ofHours(1), shop);
        server.vigil.clock.advance(Duration.ofMinutes(20));
        server.snapshots().markStale();

        var all = get("/api/v2/scheduled-maintenances.json");
        var upcoming = get("/api/v2/scheduled-maintenances/upcoming.json");
        var active = get("/api/v2/scheduled-maintenances/active.json");

        for (var reply : List.of(all, upcoming, active)) {
            assertNothingPrivate(reply);
            assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo("*");
        }
        assertThat(names(all.json().get("scheduled_maintenances"))).containsExactly("Cache flush", "DB upgrade");
        assertThat(names(upcoming.json().get("scheduled_maintenances"))).containsExactly("Cache flush");
        JsonNode running = active.json().get("scheduled_maintenances").get(0);
        assertThat(running.get("status").asText()).isEqualTo("in_progress");
        assertThat(running.get("impact").asText()).isEqualTo("maintenance");
        assertThat(running.has("scheduled_for")).isTrue();
        assertThat(running.get("incident_updates").get(0).get("status").asText()).isEqualTo("in_progress");
        assertThat(fields(get("/api/v2/incidents.json").json().get("page"))).contains("time_zone");
    }

    @Test
    void feeds_parseAsAtomAndRss_withPublicUpdatesOnly() throws Exception {
        publicIncidentWithAnInternalNote();
        maintenance("DB upgrade", "Postgres 17; then, a \\\\ restart", Duration.ofHours(1), Duration.ofHours(1), shop);

        var atom = get("/history.atom");
        var rss = get("/history.rss");
        var perSystem = get("/status/shop/history.atom");

        for (var reply : List.of(atom, rss, perSystem)) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            assertNothingPrivate(reply);
        }
        assertThat(atom.header("Content-Type")).startsWith("application/atom+xml");
        assertThat(rss.header("Content-Type")).startsWith("application/rss+xml");
        SyndFeed atomFeed = new SyndFeedInput().build(new StringReader(atom.body()));
        SyndFeed rssFeed = new SyndFeedInput().build(new StringReader(rss.body()));
        assertThat(atomFeed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(rssFeed.getFeedType()).isEqualTo("rss_2.0");
        assertThat(atomFeed.getEntries()).hasSize(2);
        assertThat(rssFeed.getEntries()).hasSize(2);
        SyndEntry incident = atomFeed.getEntries().stream().filter(e -> e.getTitle().startsWith("Major incident"))
                .findFirst().orElseThrow();
        assertThat(incident.getTitle()).isEqualTo("Major incident: Shop & <Co> – Identified");
        assertThat(incident.getContents().get(0).getValue()).contains("<b>sorry</b> & more").contains("Found the cause");
        assertThat(incident.getUri()).startsWith("urn:uuid:");
        assertThat(new SyndFeedInput().build(new StringReader(perSystem.body())).getEntries()).hasSize(2);
        assertThat(get("/status/backoffice/history.atom").status()).isEqualTo(404);
        assertThat(get("/status/nobody/history.atom").status()).isEqualTo(404);
    }

    @Test
    void calendar_hasOneEventPerWindow_escapedAndFolded_withStableUids() throws Exception {
        String longDescription = "Postgres 17; then, a restart \\\\ of everything "
                + "ä".repeat(60);
        maintenance("DB upgrade, part 1", longDescription, Duration.ofHours(1), Duration.ofHours(2), shop);
        maintenance("Ledger swap", "secret", Duration.ofHours(1), Duration.ofHours(1), backoffice);

        var reply = get("/maintenance.ics");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("text/calendar");
        assertNothingPrivate(reply);
        assertThat(reply.body()).contains("\r\n ").doesNotContain("\n\n");
        assertThat(reply.body().split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(
                java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        Calendar calendar = new CalendarBuilder().build(new StringReader(reply.body()));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        assertThat(value(event, Property.SUMMARY)).isEqualTo("DB upgrade, part 1");
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo(longDescription.replace("\\\\", "\\")
                + "\n\nSystems: Shop & <Co>");
        String uid = value(event, Property.UID);
        assertThat(uid).matches("maintenance-[0-9]+@vigil");

        server.vigil.clock.advance(Duration.ofMinutes(1));
        assertThat(get("/maintenance.ics").body()).contains("UID:" + uid);
    }

    @Test
    void badges_drawStatusAndUptime_escapeNames_validateDays_andHidePrivateSystems() {
        var status = get("/badge/shop/status.svg");
        var uptime = get("/badge/shop/uptime.svg?days=7");
        var shields = get("/badge/shop/shields.json");

        assertThat(status.status()).isEqualTo(200);
        assertThat(status.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(status.body()).contains("Shop &amp; &lt;Co&gt;").doesNotContain("<Co>").contains("operational");
        assertThat(uptime.status()).isEqualTo(200);
        assertThat(uptime.body()).contains("uptime 7d");
        assertThat(shields.json().toString()).isEqualTo("{\"schemaVersion\":1,\"label\":\"Shop & <Co>\","
                + "\"message\":\"operational\",\"color\":\"brightgreen\",\"cacheSeconds\":60}");
        for (String days : List.of("0", "91", "-1", "abc", "1e3", "")) {
            var refused = get("/badge/shop/uptime.svg?days=" + days);
            assertThat(refused.status()).as(days).isEqualTo(400);
            assertThat(refused.json().get("error").asText()).contains("days");
        }
        for (String path : List.of("/badge/backoffice/status.svg", "/badge/backoffice/uptime.svg",
                "/badge/backoffice/shields.json", "/badge/nobody/status.svg")) {
            var hidden = get(path);
            assertThat(hidden.status()).as(path).isEqualTo(404);
            assertNothingPrivate(hidden);
        }
    }

    @Test
    void embed_isTheOnlyPageThatMayBeFramed_andTheScriptPollsThePublicJson() {
        var embed = get("/embed/status");
        var page = get("/status");
        var script = get("/embed/status.js");

        assertThat(embed.status()).isEqualTo(200);
        assertThat(embed.header("X-Frame-Options")).isNull();
        assertThat(embed.header("Content-Security-Policy")).contains("frame-ancestors *").contains("script-src 'self'");
        assertThat(embed.body()).contains("All Systems Operational");
        assertNothingPrivate(embed);
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(get("/api/v2/status.json").header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.header("Content-Type")).startsWith("text/javascript");
        assertThat(script.body()).contains("/api/v2/status.json").doesNotContain("innerHTML");
    }

    @Test
    void documents_answerNotModified_whenTheirETagStillHolds() {
        String tag = get("/api/v2/components.json").header("ETag");

        var again = server.get("/api/v2/components.json", Map.of("If-None-Match", tag));

        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(p -> ((Property) p).getValue()).orElseThrow();
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.get("name").asText()));
        return names;
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
