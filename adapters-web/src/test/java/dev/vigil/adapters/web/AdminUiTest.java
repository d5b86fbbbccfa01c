package dev.vigil.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.domain.account.AdminSession;
import dev.vigil.domain.status.Status;
import java.net.HttpCookie;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The admin UI over the real HTTP server: login, sessions, CSRF, the pages and their forms. */
class AdminUiTest {
    /** An attribute named on… (an inline event handler) in any tag; attribute values are always double-quoted. */
    static final String EVENT_HANDLER_ATTRIBUTE = "<[a-z][a-z0-9]*(?:\\s+[a-z-]+(?:=(?:\"[^\"]*\"|[^\\s>\"]+))?)*\\s+on[a-z]+=";
    static final String STYLE_ATTRIBUTE = "<[a-z][a-z0-9]*(?:\\s+[a-z-]+(?:=(?:\"[^\"]*\"|[^\\s>\"]+))?)*\\s+style=";

    private final ApiServer server = new ApiServer();
    private final AdminClient browser = server.browser();

    @AfterEach
    void stop() {
        server.close();
    }

    private void logIn() {
        var answer = browser.logIn("admin", ApiServer.ADMIN_PASSWORD);
        assertThat(answer.status()).as(answer.body()).isEqualTo(303);
        browser.get("/admin");
    }

    private long createSystem(String name) {
        var answer = browser.post("/admin/systems", Map.of("name", name, "visibility", "public"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(303);
        return Long.parseLong(answer.location().replaceAll("^/admin/systems/(\\d+)\\?.*$", "$1"));
    }

    @Test
    void withoutASession_pagesLeadToTheLogin_andComeBackAfterIt() {
        var page = browser.get("/admin/logs?source=manual");

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).isEqualTo("/admin/login?next=%2Fadmin%2Flogs%3Fsource%3Dmanual");
        browser.get(page.location());
        var loggedIn = browser.post("/admin/login", Map.of("username", "admin", "password", ApiServer.ADMIN_PASSWORD,
                "next", "/admin/logs?source=manual"));
        assertThat(loggedIn.status()).isEqualTo(303);
        assertThat(loggedIn.location()).isEqualTo("/admin/logs?source=manual");
        assertThat(browser.get("/admin/logs?source=manual").status()).isEqualTo(200);
    }

    @Test
    void theLoginForm_setsAnHttpOnlySameSiteSessionCookie_holdingARandomToken_neverThePassword() {
        browser.get("/admin/login");
        var answer = browser.post("/admin/login", Map.of("username", "admin", "password", ApiServer.ADMIN_PASSWORD));

        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.location()).isEqualTo("/admin");
        String setCookie = answer.headers("Set-Cookie").stream().filter(c -> c.startsWith("vigil_session=")).findFirst()
                .orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/").doesNotContain("Secure");
        String token = browser.cookie("vigil_session").map(HttpCookie::getValue).orElseThrow();
        assertThat(token).matches("[A-Za-z0-9_-]{43}").doesNotContain("horse");
        assertThat(server.vigil.adminSessions.all()).singleElement()
                .satisfies(s -> assertThat(s.id().hex()).doesNotContain(token));
        var dashboard = browser.get("/admin");
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.header("Cache-Control")).isEqualTo("no-store");
        assertThat(dashboard.body()).contains("<h1>Dashboard</h1>").contains("action=\"/admin/logout\"")
                .contains(">Log out</button>");
    }

    @Test
    void behindHttps_cookiesAreSecure_andHostOnly() throws Exception {
        try (ApiServer httpsServer = new ApiServer(true)) {
            // A browser would not send Secure cookies over this plain loopback connection; send them by hand.
            var http = java.net.http.HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + httpsServer.app().port();
            var form = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/admin/login")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            String loginCookie = form.headers().firstValue("Set-Cookie").orElseThrow();
            String csrf = form.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
            var answer = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/admin/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", loginCookie.substring(0, loginCookie.indexOf(';')))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + "&username=admin&password="
                            + ApiServer.ADMIN_PASSWORD.replace(' ', '+'))).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());

            assertThat(loginCookie).startsWith("__Host-vigil_login=").contains("Secure").contains("SameSite=Strict");
            assertThat(answer.statusCode()).isEqualTo(303);
            assertThat(answer.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                    .startsWith("__Host-vigil_session=").contains("Secure").contains("HttpOnly").contains("Path=/")
                    .doesNotContain("Domain"));
        }
    }

    @Test
    void aWrongPassword_isRefused_withoutASession() {
        var answer = browser.logIn("admin", "not the password");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body()).contains("Wrong username or password.").contains("value=\"admin\"")
                .doesNotContain("not the password");
        assertThat(answer.headers("Set-Cookie")).noneMatch(c -> c.startsWith("vigil_session="));
        assertThat(server.vigil.adminSessions.all()).isEmpty();
        assertThat(browser.get("/admin").status()).isEqualTo(303);
    }

    @Test
    void repeatedWrongPasswords_areSlowedDown_evenForTheRightOne() {
        for (int i = 0; i < 3; i++) {
            assertThat(browser.logIn("admin", "guess " + i).status()).isEqualTo(401);
        }

        var answer = browser.logIn("admin", ApiServer.ADMIN_PASSWORD);

        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.header("Retry-After")).isEqualTo("1");
        assertThat(answer.body()).contains("Too many wrong passwords. Wait 1 second, then try again.");
        server.vigil.clock.advance(Duration.ofSeconds(1));
        assertThat(browser.logIn("admin", ApiServer.ADMIN_PASSWORD).status()).isEqualTo(303);
    }

    @Test
    void theLoginForm_needsItsOwnAntiForgeryValue() {
        browser.get("/admin/login");

        var forged = browser.postRaw("/admin/login", "username=admin&password="
                + ApiServer.ADMIN_PASSWORD.replace(' ', '+'));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("This login form had expired");
        assertThat(server.vigil.adminSessions.all()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "https://evil.example/admin", "/\\evil.example", "/admin@evil.example",
            "/admin/../../x", "javascript:alert(1)", "/admin/%2F%2Fevil.example", "/status", "/admin\r\nLocation: x"})
    void afterLogin_onlyAdminPathsOfThisSite_areFollowed(String next) {
        browser.get("/admin/login");

        var answer = browser.post("/admin/login", Map.of("username", "admin", "password", ApiServer.ADMIN_PASSWORD,
                "next", next));

        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.location()).isEqualTo("/admin");
    }

    @Test
    void formsWithoutTheSessionsCsrfToken_areRefused_andChangeNothing() {
        logIn();

        var missing = browser.postRaw("/admin/systems", "name=Forged&visibility=public");
        var wrong = browser.post("/admin/systems", Map.of("_csrf", "x".repeat(43), "name", "Forged"));

        assertThat(missing.status()).isEqualTo(403);
        assertThat(missing.header("Content-Type")).startsWith("text/html");
        assertThat(missing.body()).contains("did not come from Vigil's own pages");
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(server.vigil.systems.all()).isEmpty();
    }

    @Test
    void everySessionRoute_withoutASession_changesNothing_andLeadsToTheLogin() {
        server.call("POST", "/api/systems", "{\"name\":\"Shop\"}");
        server.call("POST", "/api/systems/1/dependencies", "{\"name\":\"DB\"}");
        List<WebApp.Route> sessionRoutes = WebApp.routes(controllersOf()).stream()
                .filter(r -> r.access().session()).toList();
        assertThat(sessionRoutes).hasSizeGreaterThan(10);

        for (WebApp.Route route : sessionRoutes) {
            String path = route.path().replace("{id}", "1");
            var answer = route.method().name().equals("GET") ? browser.get(path)
                    : browser.post(path, Map.of("_csrf", "guess", "name", "x", "status", "red", "confirm", "yes"));
            assertThat(answer.status()).as(route.method() + " " + path).isEqualTo(303);
            assertThat(answer.location()).as(route.method() + " " + path).startsWith("/admin/login");
        }

        assertThat(server.vigil.systems.all()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Shop");
            assertThat(s.status()).isEqualTo(Status.OPERATIONAL);
        });
        assertThat(server.vigil.dependencies.all()).hasSize(1);
    }

    private WebApp.Controllers controllersOf() {
        return server.controllers();
    }

    @Test
    void creatingASystem_callsTheSameUseCase_andLandsOnItsPage() {
        logIn();

        var created = browser.post("/admin/systems", Map.of("name", "Checkout API", "description", "Takes payments",
                "owner", "Payments", "visibility", "private"));

        assertThat(created.status()).isEqualTo(303);
        assertThat(created.location()).matches("/admin/systems/\\d+\\?notice=system-created");
        var page = browser.get(created.location());
        assertThat(page.body()).contains("System created.").contains("<h1 id=\"system-title\">Checkout API</h1>")
                .contains("Takes payments").contains("private");
        assertThat(server.vigil.systems.all()).singleElement().satisfies(s -> assertThat(s.slug().value()).isEqualTo("checkout-api"));
    }

    @Test
    void aRefusedForm_comesBackWithTheReason_andWhatWasTyped_markedUnsaved() {
        logIn();

        var refused = browser.post("/admin/systems", Map.of("name", " ", "description", "Half-typed <b>text</b>",
                "visibility", "public"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("name is required").contains("Half-typed &lt;b&gt;text&lt;/b&gt;")
                .contains("data-unsaved=\"true\"");
        assertThat(server.vigil.systems.all()).isEmpty();
    }

    @Test
    void theSystemPage_changesStatusWithAComment_managesDependencies_andShowsTheLog() {
        logIn();
        long id = createSystem("Shop");
        browser.get("/admin/systems/" + id);

        var added = browser.post("/admin/systems/" + id + "/dependencies", Map.of("name", "PostgreSQL",
                "description", "Main database", "criticality", "critical"));
        long dependency = server.vigil.dependencies.ofSystem(new dev.vigil.domain.system.SystemId(id)).get(0).id().value();
        var status = browser.post("/admin/dependencies/" + dependency + "/status",
                Map.of("status", "red", "message", "Connection refused"));
        var renamed = browser.post("/admin/dependencies/" + dependency, Map.of("name", "Postgres",
                "description", "Main database", "criticality", "minor"));
        var page = browser.get("/admin/systems/" + id);

        assertThat(added.location()).isEqualTo("/admin/systems/" + id + "?notice=dependency-added#dependencies");
        assertThat(status.location()).isEqualTo("/admin/systems/" + id + "?notice=dependency-status-changed#dependency-" + dependency);
        assertThat(renamed.status()).isEqualTo(303);
        assertThat(page.body()).contains("Postgres").contains("Connection refused").contains("minor")
                .contains("<span class=\"label\">Degraded</span>");
        assertThat(server.vigil.systems.all().get(0).status()).isEqualTo(Status.DEGRADED);
        assertThat(server.vigil.log.all()).anySatisfy(e -> assertThat(e.change().message()).isEqualTo("Connection refused"));

        var manual = browser.post("/admin/systems/" + id + "/status", Map.of("status", "maintenance", "message", "Upgrade"));
        assertThat(manual.status()).isEqualTo(303);
        assertThat(server.vigil.systems.all().get(0).status()).isEqualTo(Status.MAINTENANCE);

        var removed = browser.post("/admin/dependencies/" + dependency + "/delete", Map.of());
        assertThat(removed.status()).isEqualTo(303);
        assertThat(server.vigil.dependencies.all()).isEmpty();
    }

    @Test
    void aRefusedDependencyForm_isShownOpen_withItsReason() {
        logIn();
        long id = createSystem("Shop");
        browser.post("/admin/systems/" + id + "/dependencies", Map.of("name", "DB", "criticality", "critical"));
        long dependency = server.vigil.dependencies.all().get(0).id().value();

        var refused = browser.post("/admin/dependencies/" + dependency, Map.of("name", "", "description", "kept text",
                "criticality", "critical"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("name is required").contains("kept text")
                .contains("id=\"dependency-" + dependency + "-forms\" open");
        assertThat(server.vigil.dependencies.all().get(0).name()).isEqualTo("DB");
    }

    @Test
    void deletingASystem_needsTheConfirmation() {
        logIn();
        long id = createSystem("Shop");
        browser.get("/admin/systems/" + id);

        var unconfirmed = browser.post("/admin/systems/" + id + "/delete", Map.of());
        var confirmed = browser.post("/admin/systems/" + id + "/delete", Map.of("confirm", "yes"));

        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(unconfirmed.body()).contains("Tick the box to confirm");
        assertThat(confirmed.location()).isEqualTo("/admin?notice=system-deleted");
        assertThat(server.vigil.systems.all()).isEmpty();
    }

    @Test
    void editingDetails_validatesLikeTheApi() {
        logIn();
        long id = createSystem("Shop");
        browser.get("/admin/systems/" + id);
        Map<String, String> details = new HashMap<>(Map.of("name", "Shop", "slug", "Not A Slug", "description", "",
                "url", "", "owner", "", "visibility", "public", "sla_target", "99.5"));

        var badSlug = browser.post("/admin/systems/" + id, details);
        details.put("slug", "shop");
        details.put("sla_target", "lots");
        var badTarget = browser.post("/admin/systems/" + id, details);
        details.put("sla_target", "99.95");
        details.put("owner", "Team Shop");
        var saved = browser.post("/admin/systems/" + id, details);

        assertThat(badSlug.status()).isEqualTo(400);
        assertThat(badSlug.body()).contains("slug must be").contains("value=\"Not A Slug\"");
        assertThat(badTarget.body()).contains("sla_target must be a number");
        assertThat(saved.location()).isEqualTo("/admin/systems/" + id + "?notice=system-updated");
        assertThat(server.vigil.systems.all().get(0).details().owner()).isEqualTo("Team Shop");
        assertThat(server.vigil.systems.all().get(0).details().slaTarget().percent()).isEqualTo(99.95);
    }

    @Test
    void unknownOrMalformedIds_getHtmlErrorPages() {
        logIn();

        var unknown = browser.get("/admin/systems/999");
        var malformed = browser.get("/admin/systems/abc");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("text/html");
        assertThat(unknown.body()).contains("system 999 not found").contains("href=\"/admin\"");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("id must be a positive integer");
    }

    @Test
    void theLogsPage_filtersBySystemAndSource() {
        logIn();
        long shop = createSystem("Shop");
        long blog = createSystem("Blog");
        browser.get("/admin");
        browser.post("/admin/systems/" + shop + "/status", Map.of("status", "red", "message", "shop fire"));
        browser.post("/admin/systems/" + blog + "/status", Map.of("status", "yellow", "message", "blog slow"));

        String all = browser.get("/admin/logs").body();
        String shopOnly = browser.get("/admin/logs?system=" + shop + "&source=manual").body();
        String rollups = browser.get("/admin/logs?source=rollup").body();
        var bad = browser.get("/admin/logs?source=rumour");

        assertThat(all).contains("shop fire").contains("blog slow");
        assertThat(shopOnly).contains("shop fire").doesNotContain("blog slow")
                .contains("<option value=\"" + shop + "\" selected>Shop</option>");
        assertThat(rollups).contains("No changes match.");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("source must be one of");
    }

    @Test
    void apiKeys_showTheSecretOnce_listWithoutIt_andRevoke() {
        logIn();
        browser.get("/admin/apikeys");

        var created = browser.postRaw("/admin/apikeys", "_csrf=" + browser.csrf() + "&name=deploy&scopes=read&scopes=write&expires_in_days=30");
        String secret = created.body().replaceAll("(?s).*<p class=\"secret\" data-secret>(vgl_[A-Za-z0-9_-]{43})</p>.*", "$1");
        var listed = browser.get("/admin/apikeys");

        assertThat(created.status()).isEqualTo(201);
        assertThat(secret).startsWith("vgl_").hasSize(47);
        assertThat(listed.body()).doesNotContain(secret).contains("deploy").contains("read, write")
                .contains(secret.substring(0, 8) + "…");
        assertThat(server.as(secret, "GET", "/api/systems", null).status()).isEqualTo(200);
        long id = server.vigil.apiKeys.all().stream().filter(k -> k.name().equals("deploy")).findFirst().orElseThrow().id().value();

        var revoked = browser.post("/admin/apikeys/" + id + "/revoke", Map.of());

        assertThat(revoked.location()).isEqualTo("/admin/apikeys?notice=key-revoked");
        assertThat(server.as(secret, "GET", "/api/systems", null).status()).isEqualTo(401);
        var noScope = browser.post("/admin/apikeys", Map.of("name", "none"));
        assertThat(noScope.status()).isEqualTo(400);
        assertThat(noScope.body()).contains("choose at least one scope");
    }

    @Test
    void logout_endsTheSessionOnTheServer_andClearsTheCookie() {
        logIn();
        String token = browser.cookie("vigil_session").map(HttpCookie::getValue).orElseThrow();

        var out = browser.post("/admin/logout", Map.of());

        assertThat(out.status()).isEqualTo(303);
        assertThat(out.location()).isEqualTo("/admin/login?notice=logged-out");
        assertThat(out.headers("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("vigil_session=;")
                .contains("Expires=Thu, 01 Jan 1970 00:00:00 GMT"));
        assertThat(server.vigil.adminSessions.all()).isEmpty();
        assertThat(server.vigil.resumeSession.resume(token)).isEmpty();
        assertThat(browser.get("/admin/login?notice=logged-out").body()).contains("You have logged out.");
    }

    @Test
    void anIdleSession_ends() {
        logIn();

        server.vigil.clock.advance(AdminSession.IDLE_TIMEOUT);

        assertThat(browser.get("/admin").status()).isEqualTo(303);
    }

    @Test
    void hostileNames_areEscapedOnAdminPages_andPagesCarryTheCsp() {
        logIn();
        long id = createSystem("<img src=x onerror=alert(1)>");

        var dashboard = browser.get("/admin");
        var page = browser.get("/admin/systems/" + id);

        assertThat(dashboard.body()).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");
        assertThat(page.body()).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\ssrc=)").doesNotContainPattern(STYLE_ATTRIBUTE)
                .doesNotContainPattern(EVENT_HANDLER_ATTRIBUTE);
    }

    @Test
    void whenLoggedIn_theLoginPageLeadsOnToTheDashboard() {
        logIn();

        var again = browser.get("/admin/login");

        assertThat(again.status()).isEqualTo(303);
        assertThat(again.location()).isEqualTo("/admin");
    }
}
