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
    private static final Set<String> PUBLIC_API_ROUTES = Set.of("GET /api/push/{token}", "POST /api/push/{token}");

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
    }
}
