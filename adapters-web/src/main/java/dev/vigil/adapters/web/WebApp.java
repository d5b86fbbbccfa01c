package dev.vigil.adapters.web;

import static io.javalin.http.HandlerType.DELETE;
import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;
import static io.javalin.http.HandlerType.PUT;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.adapters.web.admin.AdminControllers;
import dev.vigil.adapters.web.admin.AdminGuard;
import dev.vigil.adapters.web.analytics.AnalyticsController;
import dev.vigil.adapters.web.apikey.ApiKeyController;
import dev.vigil.adapters.web.backup.BackupController;
import dev.vigil.adapters.web.backup.InvalidBackupError;
import dev.vigil.adapters.web.check.CheckController;
import dev.vigil.adapters.web.dependency.DependencyController;
import dev.vigil.adapters.web.ecosystem.EcosystemControllers;
import dev.vigil.adapters.web.health.HealthController;
import dev.vigil.adapters.web.incident.IncidentController;
import dev.vigil.adapters.web.log.StatusLogController;
import dev.vigil.adapters.web.maintenance.MaintenanceController;
import dev.vigil.adapters.web.metrics.MetricsController;
import dev.vigil.adapters.web.openapi.ApiDocsController;
import dev.vigil.adapters.web.page.ErrorPages;
import dev.vigil.adapters.web.sla.SlaController;
import dev.vigil.adapters.web.system.SystemController;
import dev.vigil.adapters.web.webhook.WebhookController;
import dev.vigil.application.port.in.EntityNotFound;
import dev.vigil.application.port.in.backup.InvalidBackup;
import dev.vigil.domain.DomainRuleViolation;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import jakarta.servlet.ServletException;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.io.EofException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP surface of Vigil: every route with the access it requires, and the mapping from exceptions to
 * {@code {"error": "…"}} responses. The only class that knows how Javalin is configured.
 */
public final class WebApp {
    /** Room for the restore form's text fields (CSRF token, mode, confirmation) and multipart headers. */
    private static final long MULTIPART_FIELDS_ROOM = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

    /** Pages use only the jar's own stylesheet and scripts: no inline script or style, no other origin. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /** Ecosystem (issue 8): the one page other sites may frame, {@code /embed/status}; otherwise the same policy. */
    static final String EMBED_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY
            .replace("frame-ancestors 'none'", "frame-ancestors *");
    static final String EMBED_PATH = "/embed/status";

    private WebApp() {
    }

    /** The controllers the routes call. */
    public record Controllers(SystemController systems, DependencyController dependencies, StatusLogController logs,
                              ApiKeyController apiKeys, HealthController health, WebhookController webhooks,
                              CheckController checks, IncidentController incidents,
                              MaintenanceController maintenances, AnalyticsController analytics, SlaController sla,
                              PageControllers pages, BackupController backups, MetricsController metrics,
                              ApiDocsController apiDocs, EcosystemControllers ecosystem) {
        public Controllers {
            Objects.requireNonNull(systems, "systems");
            Objects.requireNonNull(dependencies, "dependencies");
            Objects.requireNonNull(logs, "logs");
            Objects.requireNonNull(apiKeys, "apiKeys");
            Objects.requireNonNull(health, "health");
            Objects.requireNonNull(webhooks, "webhooks");
            Objects.requireNonNull(checks, "checks");
            Objects.requireNonNull(incidents, "incidents");
            Objects.requireNonNull(maintenances, "maintenances");
            Objects.requireNonNull(analytics, "analytics");
            Objects.requireNonNull(sla, "sla");
            Objects.requireNonNull(pages, "pages");
            Objects.requireNonNull(backups, "backups");
            Objects.requireNonNull(metrics, "metrics");
            Objects.requireNonNull(apiDocs, "apiDocs");
            Objects.requireNonNull(ecosystem, "ecosystem");
        }
    }

    /** One route: method, path, who may call it, and what it does. */
    public record Route(HandlerType method, String path, RouteAccess access, Handler handler) {
        public Route {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(access, "access");
            Objects.requireNonNull(handler, "handler");
        }
    }

    /** The route table. */
    public static List<Route> routes(Controllers c) {
        return List.of(
                new Route(GET, "/healthz", RouteAccess.PUBLIC, c.health()::live),
                new Route(GET, "/readyz", RouteAccess.PUBLIC, c.health()::ready),

                new Route(GET, "/api/systems", RouteAccess.READ, c.systems()::list),
                new Route(POST, "/api/systems", RouteAccess.WRITE, c.systems()::create),
                new Route(GET, "/api/systems/{id}", RouteAccess.READ, c.systems()::show),
                new Route(PUT, "/api/systems/{id}", RouteAccess.WRITE, c.systems()::update),
                new Route(DELETE, "/api/systems/{id}", RouteAccess.WRITE, c.systems()::delete),
                new Route(POST, "/api/systems/{id}/status", RouteAccess.WRITE, c.systems()::changeStatus),
                new Route(GET, "/api/systems/{id}/logs", RouteAccess.READ, c.logs()::ofSystem),

                new Route(GET, "/api/systems/{id}/dependencies", RouteAccess.READ, c.dependencies()::listOfSystem),
                new Route(POST, "/api/systems/{id}/dependencies", RouteAccess.WRITE, c.dependencies()::add),
                new Route(GET, "/api/dependencies/{id}", RouteAccess.READ, c.dependencies()::show),
                new Route(PUT, "/api/dependencies/{id}", RouteAccess.WRITE, c.dependencies()::update),
                new Route(DELETE, "/api/dependencies/{id}", RouteAccess.WRITE, c.dependencies()::remove),
                new Route(POST, "/api/dependencies/{id}/status", RouteAccess.WRITE, c.dependencies()::changeStatus),
                new Route(GET, "/api/dependencies/{id}/logs", RouteAccess.READ, c.logs()::ofDependency),

                new Route(GET, "/api/logs", RouteAccess.READ, c.logs()::all),

                new Route(GET, "/api/apikeys", RouteAccess.ADMIN, c.apiKeys()::list),
                new Route(POST, "/api/apikeys", RouteAccess.ADMIN, c.apiKeys()::create),
                new Route(DELETE, "/api/apikeys/{id}", RouteAccess.ADMIN, c.apiKeys()::revoke),

                // Notifications (issue 6): webhooks and their deliveries. Admin only: URLs, tokens and secrets are
                // credentials, and a test or a retry makes Vigil send requests.
                new Route(GET, "/api/webhooks", RouteAccess.ADMIN, c.webhooks()::list),
                new Route(POST, "/api/webhooks", RouteAccess.ADMIN, c.webhooks()::create),
                new Route(GET, "/api/webhooks/{id}", RouteAccess.ADMIN, c.webhooks()::show),
                new Route(PUT, "/api/webhooks/{id}", RouteAccess.ADMIN, c.webhooks()::update),
                new Route(DELETE, "/api/webhooks/{id}", RouteAccess.ADMIN, c.webhooks()::delete),
                new Route(POST, "/api/webhooks/{id}/test", RouteAccess.ADMIN, c.webhooks()::test),
                new Route(GET, "/api/webhooks/{id}/deliveries", RouteAccess.ADMIN, c.webhooks()::deliveries),
                new Route(POST, "/api/webhooks/deliveries/{id}/retry", RouteAccess.ADMIN, c.webhooks()::retry),

                // checks
                new Route(PUT, "/api/dependencies/{id}/check", RouteAccess.WRITE, c.checks()::configure),
                new Route(DELETE, "/api/dependencies/{id}/check", RouteAccess.WRITE, c.checks()::remove),
                new Route(POST, "/api/dependencies/{id}/check", RouteAccess.WRITE, c.checks()::runNow),
                new Route(POST, "/api/dependencies/{id}/check/token", RouteAccess.WRITE, c.checks()::rotateToken),
                new Route(POST, "/api/dependencies/{id}/heartbeat", RouteAccess.WRITE, c.checks()::heartbeat),
                new Route(DELETE, "/api/dependencies/{id}/heartbeat", RouteAccess.WRITE, c.checks()::remove),
                new Route(GET, "/api/dependencies/{id}/latency", RouteAccess.READ, c.checks()::latency),
                new Route(GET, "/api/dependencies/{id}/uptime", RouteAccess.READ, c.checks()::uptime),
                new Route(GET, "/api/push/{token}", RouteAccess.PUBLIC, c.checks()::push),
                new Route(POST, "/api/push/{token}", RouteAccess.PUBLIC, c.checks()::push),

                // Incidents, maintenance windows, analytics and SLA (issue 4). Fixed paths such as /active come
                // before /{id}, which would otherwise take them.
                new Route(GET, "/api/incidents", RouteAccess.READ, c.incidents()::list),
                new Route(POST, "/api/incidents", RouteAccess.WRITE, c.incidents()::create),
                new Route(GET, "/api/incidents/active", RouteAccess.READ, c.incidents()::active),
                new Route(GET, "/api/incidents/recent", RouteAccess.READ, c.incidents()::recent),
                new Route(GET, "/api/incidents/{id}", RouteAccess.READ, c.incidents()::show),
                new Route(PUT, "/api/incidents/{id}", RouteAccess.WRITE, c.incidents()::update),
                new Route(DELETE, "/api/incidents/{id}", RouteAccess.WRITE, c.incidents()::delete),
                new Route(POST, "/api/incidents/{id}/status", RouteAccess.WRITE, c.incidents()::changeState),
                new Route(GET, "/api/incidents/{id}/updates", RouteAccess.READ, c.incidents()::updates),
                new Route(POST, "/api/incidents/{id}/updates", RouteAccess.WRITE, c.incidents()::postUpdate),
                new Route(POST, "/api/incidents/{id}/acknowledge", RouteAccess.WRITE, c.incidents()::acknowledge),
                new Route(POST, "/api/incidents/{id}/resolve", RouteAccess.WRITE, c.incidents()::resolve),

                new Route(GET, "/api/maintenances", RouteAccess.READ, c.maintenances()::list),
                new Route(POST, "/api/maintenances", RouteAccess.WRITE, c.maintenances()::create),
                new Route(GET, "/api/maintenances/active", RouteAccess.READ, c.maintenances()::active),
                new Route(GET, "/api/maintenances/upcoming", RouteAccess.READ, c.maintenances()::upcoming),
                new Route(GET, "/api/maintenances/{id}", RouteAccess.READ, c.maintenances()::show),
                new Route(PUT, "/api/maintenances/{id}", RouteAccess.WRITE, c.maintenances()::update),
                new Route(DELETE, "/api/maintenances/{id}", RouteAccess.WRITE, c.maintenances()::delete),
                new Route(POST, "/api/maintenances/{id}/cancel", RouteAccess.WRITE, c.maintenances()::cancel),

                new Route(GET, "/api/analytics", RouteAccess.READ, c.analytics()::overall),
                new Route(GET, "/api/systems/{id}/analytics", RouteAccess.READ, c.analytics()::ofSystem),
                new Route(GET, "/api/dependencies/{id}/analytics", RouteAccess.READ, c.analytics()::ofDependency),

                new Route(PUT, "/api/systems/{id}/sla-target", RouteAccess.WRITE, c.sla()::changeTarget),
                new Route(GET, "/api/systems/{id}/sla", RouteAccess.READ, c.sla()::status),
                new Route(GET, "/api/systems/{id}/sla/breaches", RouteAccess.READ, c.sla()::listBreachesOfSystem),
                new Route(GET, "/api/sla/reports", RouteAccess.READ, c.sla()::listReports),
                new Route(POST, "/api/sla/reports", RouteAccess.WRITE, c.sla()::createReport),
                new Route(GET, "/api/sla/reports/{id}", RouteAccess.READ, c.sla()::showReport),
                new Route(DELETE, "/api/sla/reports/{id}", RouteAccess.WRITE, c.sla()::deleteReport),
                new Route(GET, "/api/sla/breaches", RouteAccess.READ, c.sla()::listBreaches),
                new Route(POST, "/api/sla/breaches/check", RouteAccess.WRITE, c.sla()::checkBreaches),
                new Route(POST, "/api/sla/breaches/{id}/acknowledge", RouteAccess.WRITE, c.sla()::acknowledgeBreach),

                // Issue 5: the public status page and its JSON, the counters they show, and the admin UI.
                new Route(GET, "/", RouteAccess.PUBLIC, c.pages().status()::root),
                new Route(GET, "/status", RouteAccess.PUBLIC, c.pages().status()::page),
                new Route(GET, "/status.json", RouteAccess.PUBLIC, c.pages().status()::json),
                new Route(GET, "/status/{slug}", RouteAccess.PUBLIC, c.pages().status()::system),
                new Route(GET, "/assets/{name}", RouteAccess.PUBLIC, c.pages().assets()::serve),
                new Route(GET, "/api/counters", RouteAccess.READ, c.pages().counters()::list),
                new Route(PUT, "/api/counters/{name}", RouteAccess.WRITE, c.pages().counters()::set),
                new Route(DELETE, "/api/counters/{name}", RouteAccess.WRITE, c.pages().counters()::remove),
                new Route(GET, "/admin/login", RouteAccess.PUBLIC, c.pages().admin().login()::form),
                new Route(POST, "/admin/login", RouteAccess.PUBLIC, c.pages().admin().login()::submit),
                new Route(POST, "/admin/logout", RouteAccess.SESSION, c.pages().admin().login()::logout),
                new Route(GET, "/admin", RouteAccess.SESSION, c.pages().admin().dashboard()::show),
                new Route(POST, "/admin/systems", RouteAccess.SESSION, c.pages().admin().dashboard()::createSystem),
                new Route(GET, "/admin/systems/{id}", RouteAccess.SESSION, c.pages().admin().systemPage()::show),
                new Route(POST, "/admin/systems/{id}", RouteAccess.SESSION, c.pages().admin().systemPage()::update),
                new Route(POST, "/admin/systems/{id}/status", RouteAccess.SESSION,
                        c.pages().admin().systemPage()::changeStatus),
                new Route(POST, "/admin/systems/{id}/dependencies", RouteAccess.SESSION,
                        c.pages().admin().systemPage()::addDependency),
                new Route(POST, "/admin/systems/{id}/delete", RouteAccess.SESSION, c.pages().admin().systemPage()::delete),
                new Route(POST, "/admin/dependencies/{id}", RouteAccess.SESSION,
                        c.pages().admin().dependencyForms()::update),
                new Route(POST, "/admin/dependencies/{id}/status", RouteAccess.SESSION,
                        c.pages().admin().dependencyForms()::changeStatus),
                new Route(POST, "/admin/dependencies/{id}/delete", RouteAccess.SESSION,
                        c.pages().admin().dependencyForms()::remove),
                new Route(GET, "/admin/logs", RouteAccess.SESSION, c.pages().admin().logs()::show),
                new Route(GET, "/admin/apikeys", RouteAccess.SESSION, c.pages().admin().apiKeys()::show),
                new Route(POST, "/admin/apikeys", RouteAccess.SESSION, c.pages().admin().apiKeys()::create),
                new Route(POST, "/admin/apikeys/{id}/revoke", RouteAccess.SESSION, c.pages().admin().apiKeys()::revoke),

                // Issue 5, second step: the admin pages of checks, incidents, maintenance, SLA, analytics and webhooks.
                // Each form calls the same use case as the matching /api route.
                new Route(POST, "/admin/dependencies/{id}/check", RouteAccess.SESSION, ops(c).checks()::configure),
                new Route(POST, "/admin/dependencies/{id}/check/run", RouteAccess.SESSION, ops(c).checks()::runNow),
                new Route(POST, "/admin/dependencies/{id}/check/token", RouteAccess.SESSION, ops(c).checks()::rotateToken),
                new Route(POST, "/admin/dependencies/{id}/check/remove", RouteAccess.SESSION, ops(c).checks()::remove),
                new Route(GET, "/admin/incidents", RouteAccess.SESSION, ops(c).incidents()::list),
                new Route(POST, "/admin/incidents", RouteAccess.SESSION, ops(c).incidents()::open),
                new Route(GET, "/admin/incidents/{id}", RouteAccess.SESSION, ops(c).incidents()::show),
                new Route(POST, "/admin/incidents/{id}", RouteAccess.SESSION, ops(c).incidents()::edit),
                new Route(POST, "/admin/incidents/{id}/updates", RouteAccess.SESSION, ops(c).incidents()::postUpdate),
                new Route(POST, "/admin/incidents/{id}/status", RouteAccess.SESSION, ops(c).incidents()::changeState),
                new Route(POST, "/admin/incidents/{id}/acknowledge", RouteAccess.SESSION,
                        ops(c).incidents()::acknowledge),
                new Route(POST, "/admin/incidents/{id}/resolve", RouteAccess.SESSION, ops(c).incidents()::resolve),
                new Route(POST, "/admin/incidents/{id}/delete", RouteAccess.SESSION, ops(c).incidents()::delete),
                new Route(GET, "/admin/maintenance", RouteAccess.SESSION, ops(c).maintenance()::show),
                new Route(POST, "/admin/maintenance", RouteAccess.SESSION, ops(c).maintenance()::schedule),
                new Route(POST, "/admin/maintenance/{id}/cancel", RouteAccess.SESSION, ops(c).maintenance()::cancel),
                new Route(POST, "/admin/maintenance/{id}/delete", RouteAccess.SESSION, ops(c).maintenance()::delete),
                new Route(GET, "/admin/sla", RouteAccess.SESSION, ops(c).sla()::show),
                new Route(POST, "/admin/systems/{id}/sla-target", RouteAccess.SESSION, ops(c).sla()::changeTarget),
                new Route(POST, "/admin/sla/reports", RouteAccess.SESSION, ops(c).sla()::createReport),
                new Route(GET, "/admin/sla/reports/{id}", RouteAccess.SESSION, ops(c).sla()::showReport),
                new Route(GET, "/admin/sla/reports/{id}/csv", RouteAccess.SESSION, ops(c).sla()::reportCsv),
                new Route(POST, "/admin/sla/reports/{id}/delete", RouteAccess.SESSION, ops(c).sla()::deleteReport),
                new Route(POST, "/admin/sla/breaches/check", RouteAccess.SESSION, ops(c).sla()::checkBreaches),
                new Route(POST, "/admin/sla/breaches/{id}/acknowledge", RouteAccess.SESSION,
                        ops(c).sla()::acknowledgeBreach),
                new Route(GET, "/admin/analytics", RouteAccess.SESSION, ops(c).analytics()::show),
                new Route(GET, "/admin/webhooks", RouteAccess.SESSION, ops(c).webhooks()::list),
                new Route(POST, "/admin/webhooks", RouteAccess.SESSION, ops(c).webhooks()::create),
                new Route(GET, "/admin/webhooks/{id}", RouteAccess.SESSION, ops(c).webhooks()::show),
                new Route(POST, "/admin/webhooks/{id}/test", RouteAccess.SESSION, ops(c).webhooks()::test),
                new Route(POST, "/admin/webhooks/{id}/enabled", RouteAccess.SESSION, ops(c).webhooks()::enable),
                new Route(POST, "/admin/webhooks/{id}/delete", RouteAccess.SESSION, ops(c).webhooks()::delete),
                new Route(POST, "/admin/webhooks/deliveries/{id}/retry", RouteAccess.SESSION,
                        ops(c).webhooks()::retry),
                new Route(GET, "/admin/backup", RouteAccess.SESSION, ops(c).backup()::show),
                new Route(GET, "/admin/backup/export", RouteAccess.SESSION, ops(c).backup()::export),
                new Route(GET, "/admin/backup/export/logs", RouteAccess.SESSION, ops(c).backup()::exportLogs),
                new Route(POST, "/admin/backup/import", RouteAccess.SESSION, ops(c).backup()::importBackup),

                // Backups and operations (issue 7). Export and import are admin only: a backup holds everything, and
                // with include_secrets=true the credentials too.
                new Route(GET, "/api/export", RouteAccess.ADMIN, c.backups()::export),
                new Route(GET, "/api/export/logs", RouteAccess.ADMIN, c.backups()::exportLogs),
                new Route(POST, "/api/import", RouteAccess.ADMIN, c.backups()::importBackup),
                // Prometheus: a read key, unless VIGIL_METRICS_PUBLIC=true.
                new Route(GET, "/metrics", c.metrics().access(), c.metrics()::scrape),
                // The OpenAPI document of the routes above and Swagger UI, served from the jar.
                new Route(GET, "/openapi.json", RouteAccess.PUBLIC, c.apiDocs()::document),
                new Route(GET, "/swagger", RouteAccess.PUBLIC, c.apiDocs()::swagger),
                new Route(GET, "/swagger/{file}", RouteAccess.PUBLIC, c.apiDocs()::swaggerFile),

                // Ecosystem (issue 8): the Statuspage-compatible API, feeds, calendar, badges and the embeddable
                // widget. Public and read-only, served from the public snapshot, open to any origin.
                new Route(GET, "/api/v2/summary.json", RouteAccess.PUBLIC, c.ecosystem().statuspage()::summary),
                new Route(GET, "/api/v2/status.json", RouteAccess.PUBLIC, c.ecosystem().statuspage()::status),
                new Route(GET, "/api/v2/components.json", RouteAccess.PUBLIC, c.ecosystem().statuspage()::components),
                new Route(GET, "/api/v2/incidents.json", RouteAccess.PUBLIC, c.ecosystem().statuspage()::incidents),
                new Route(GET, "/api/v2/incidents/unresolved.json", RouteAccess.PUBLIC,
                        c.ecosystem().statuspage()::unresolvedIncidents),
                new Route(GET, "/api/v2/scheduled-maintenances.json", RouteAccess.PUBLIC,
                        c.ecosystem().statuspage()::maintenances),
                new Route(GET, "/api/v2/scheduled-maintenances/upcoming.json", RouteAccess.PUBLIC,
                        c.ecosystem().statuspage()::upcomingMaintenances),
                new Route(GET, "/api/v2/scheduled-maintenances/active.json", RouteAccess.PUBLIC,
                        c.ecosystem().statuspage()::activeMaintenances),
                new Route(GET, "/history.atom", RouteAccess.PUBLIC, c.ecosystem().feeds()::atom),
                new Route(GET, "/history.rss", RouteAccess.PUBLIC, c.ecosystem().feeds()::rss),
                new Route(GET, "/status/{slug}/history.atom", RouteAccess.PUBLIC, c.ecosystem().feeds()::systemAtom),
                new Route(GET, "/maintenance.ics", RouteAccess.PUBLIC, c.ecosystem().feeds()::calendar),
                new Route(GET, "/badge/{slug}/status.svg", RouteAccess.PUBLIC, c.ecosystem().badges()::status),
                new Route(GET, "/badge/{slug}/uptime.svg", RouteAccess.PUBLIC, c.ecosystem().badges()::uptime),
                new Route(GET, "/badge/{slug}/shields.json", RouteAccess.PUBLIC, c.ecosystem().badges()::shields),
                new Route(GET, "/embed/status", RouteAccess.PUBLIC, c.ecosystem().embed()::page),
                new Route(GET, "/embed/status.js", RouteAccess.PUBLIC, c.ecosystem().embed()::script));
    }

    private static AdminControllers.Operations ops(Controllers c) {
        return c.pages().admin().operations();
    }

    /** A configured, not yet started server. */
    public static Javalin create(Controllers controllers, ApiAuth auth, ObjectMapper mapper, long maxBodyBytes) {
        List<Route> routes = routes(controllers);
        controllers.apiDocs().describe(routes);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = maxBodyBytes;
            // The only multipart form is the admin UI's restore: a body past the import limit (and room for the
            // form's other fields) is refused by its Content-Length before anything reads it, and Jetty stops
            // reading one that comes without a length at the same size (a 400, see mapErrors).
            long upload = ops(controllers).backup().uploadLimit() + MULTIPART_FIELDS_ROOM;
            config.jetty.multipartConfig.maxTotalRequestSize(upload, SizeUnit.BYTES);
            config.routes.before("/admin/backup/import", ctx -> {
                if (ctx.contentLength() > upload) {
                    throw HttpProblem.payloadTooLarge(ops(controllers).backup().uploadLimit());
                }
            });
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProtocolErrors()));
            config.routes.before(WebApp::commonHeaders);
            for (Route route : routes) {
                config.routes.addEndpoint(new Endpoint(route.method(), route.path(),
                        guarded(route, auth, controllers.pages().admin().guard()),
                        Set.of(route.access())));
            }
            mapErrors(config, controllers.pages().errors());
            config.events.serverStopped(controllers.pages().snapshots()::close);
        });
    }

    /** A route as the running server has it registered, with the access it declares (empty when none). */
    public record RegisteredRoute(String method, String path, java.util.Optional<RouteAccess> access) {
    }

    /** Every HTTP route the server has registered (filters such as {@code before} excluded), read back from Javalin's router. */
    public static List<RegisteredRoute> registeredRoutes(Javalin app) {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(e -> e.method.isHttpMethod())
                .map(e -> new RegisteredRoute(e.method.name(), e.path,
                        java.util.Optional.ofNullable(e.metadata(RouteAccess.class))))
                .toList();
    }

    private static Handler guarded(Route route, ApiAuth auth, AdminGuard admin) {
        if (route.access().session()) {
            return ctx -> {
                if (admin.admit(ctx)) {
                    route.handler().handle(ctx);
                }
            };
        }
        if (route.access().scope().isEmpty()) {
            return route.handler();
        }
        var scope = route.access().scope().get();
        return ctx -> {
            auth.require(ctx, scope);
            route.handler().handle(ctx);
        };
    }

    private static void commonHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        if (EMBED_PATH.equals(ctx.path())) {
            ctx.header("Content-Security-Policy", EMBED_CONTENT_SECURITY_POLICY);
        } else {
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        if (ctx.path().startsWith("/api/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    private static void mapErrors(JavalinConfig config, ErrorPages pages) {
        config.routes.exception(HttpProblem.class, (e, ctx) -> {
            if (e.status() == 401) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"vigil\"");
            }
            error(ctx, e.status(), e.getMessage(), pages);
        });
        config.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage(), pages));
        config.routes.exception(EntityNotFound.class, (e, ctx) -> error(ctx, 404, e.getMessage(), pages));
        config.routes.exception(DomainRuleViolation.class, (e, ctx) -> error(ctx, 409, e.getMessage(), pages));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                e.getStatus() == 405 ? "method " + ctx.method() + " is not allowed on " + ctx.path() : e.getMessage(),
                pages));
        // Backups (issue 7): every problem of a refused document, not only the first.
        config.routes.exception(InvalidBackup.class, (e, ctx) ->
                ctx.status(400).json(new InvalidBackupError(e.getMessage(), e.problems())));
        // A form body Jetty cannot read (a broken or oversized multipart body): its own 4xx, not a server error.
        config.routes.exception(ServletException.class, (e, ctx) -> {
            Throwable cause = e.getCause();
            if (cause instanceof BadMessageException bad && bad.getCode() >= 400 && bad.getCode() < 500) {
                error(ctx, bad.getCode(), "the form could not be read: " + bad.getReason(), pages);
                return;
            }
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal server error", pages);
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            if (clientWentAway(e)) {
                // A reader who closed the tab while the answer was being written: nothing to answer, nothing broken.
                LOG.debug("{} {}: the client closed the connection before the answer was written", ctx.method(),
                        ctx.path());
                return;
            }
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal server error", pages);
        });
    }

    /** True when writing the answer failed because the client closed the connection. */
    static boolean clientWentAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EofException) {
                return true;
            }
        }
        return false;
    }

    /** An API error as {@code {"error": "…"}}; on the HTML pages, an error page saying the same. */
    private static void error(Context ctx, int status, String message, ErrorPages pages) {
        String text = message == null || message.isBlank() ? "error" : message;
        if (ErrorPages.wantsHtml(ctx)) {
            pages.render(ctx, status, text);
            return;
        }
        ctx.status(status).json(new ApiError(text));
    }
}
