package dev.vigil.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.adapters.web.RouteAccess;
import dev.vigil.adapters.web.WebApp;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every route the running server registered declares who may call it; /api routes need a scope. */
class RouteAccessTest {
    /** The /api routes that are public on purpose. */
    private static final Set<String> PUBLIC_API_ROUTES = Set.of("GET /api/push/{token}", "POST /api/push/{token}",
            // Ecosystem (issue 8): the Statuspage-compatible API is public, as Statuspage's own is.
            "GET /api/v2/summary.json", "GET /api/v2/status.json", "GET /api/v2/components.json",
            "GET /api/v2/incidents.json", "GET /api/v2/incidents/unresolved.json",
            "GET /api/v2/scheduled-maintenances.json", "GET /api/v2/scheduled-maintenances/upcoming.json",
            "GET /api/v2/scheduled-maintenances/active.json");

    @TempDir
    Path folder;

    @Test
    void everyRegisteredRoute_declaresItsAccess_andApiRoutesRequireAScope() {
        AppConfig config = new AppConfig("127.0.0.1", 0, folder.resolve("vigil.db"), Optional.empty(), AppConfig.DEFAULT_MAX_BODY);
        List<WebApp.RegisteredRoute> routes;
        try (VigilApp app = VigilApp.start(config, line -> { }, Clock.systemUTC())) {
            routes = app.routes();
        }

        assertThat(routes).isNotEmpty();
        assertThat(routes).allSatisfy(route -> assertThat(route.access())
                .as("%s %s declares no access", route.method(), route.path()).isPresent());
        assertThat(routes.stream().filter(r -> r.path().startsWith("/api/"))
                .filter(r -> !PUBLIC_API_ROUTES.contains(r.method() + " " + r.path())))
                .allSatisfy(route -> assertThat(route.access().map(RouteAccess::scope).flatMap(s -> s))
                        .as("%s %s is public", route.method(), route.path()).isPresent());
        assertThat(routes.stream().filter(r -> r.path().startsWith("/admin"))
                .filter(r -> !PUBLIC_ADMIN_ROUTES.contains(r.method() + " " + r.path())))
                .as("the admin UI needs a session").isNotEmpty()
                .allSatisfy(route -> assertThat(route.access()).as("%s %s", route.method(), route.path())
                        .contains(RouteAccess.SESSION));
    }

    /** The admin UI's routes that must work without a session: logging in. */
    private static final Set<String> PUBLIC_ADMIN_ROUTES = Set.of("GET /admin/login", "POST /admin/login");

    @Test
    void everySessionRoute_ofTheRunningServer_sendsAnAnonymousBrowserToTheLogin_andChangesNothing() throws Exception {
        AppConfig config = new AppConfig("127.0.0.1", 0, folder.resolve("vigil.db"), Optional.empty(), AppConfig.DEFAULT_MAX_BODY);
        List<String> console = new java.util.ArrayList<>();
        try (VigilApp app = VigilApp.start(config, console::add, Clock.systemUTC())) {
            String key = console.stream().flatMap(String::lines).map(String::strip).filter(l -> l.startsWith("vgl_"))
                    .findFirst().orElseThrow();
            HttpSession api = new HttpSession(app.port(), key);
            api.post("/api/systems", "{\"name\":\"Shop\"}");
            api.post("/api/systems/1/dependencies", "{\"name\":\"DB\"}");
            var client = java.net.http.HttpClient.newHttpClient();
            List<WebApp.RegisteredRoute> sessionRoutes = app.routes().stream()
                    .filter(r -> r.access().filter(a -> a.session()).isPresent()).toList();
            assertThat(sessionRoutes).hasSizeGreaterThan(10);

            for (WebApp.RegisteredRoute route : sessionRoutes) {
                var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + app.port() + route.path().replace("{id}", "1")));
                if (route.method().equals("POST")) {
                    request.header("Content-Type", "application/x-www-form-urlencoded").POST(
                            java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=x&name=x&status=red&confirm=yes"));
                }
                var answer = client.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(route.method() + " " + route.path()).isEqualTo(303);
                assertThat(answer.headers().firstValue("Location")).as(route.method() + " " + route.path())
                        .hasValueSatisfying(l -> assertThat(l).startsWith("/admin/login"));
            }

            var systems = api.get("/api/systems").json();
            assertThat(systems).hasSize(1);
            assertThat(systems.get(0).get("status").asText()).isEqualTo("green");
            assertThat(api.get("/api/systems/1/dependencies").json()).hasSize(1);
        }
    }
}
