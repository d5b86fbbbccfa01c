package dev.vigil.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.adapters.web.admin.AdminControllers;
import dev.vigil.adapters.web.admin.AdminGuard;
import dev.vigil.adapters.web.admin.AdminPages;
import dev.vigil.adapters.web.admin.AnalyticsPageController;
import dev.vigil.adapters.web.admin.BackupPageController;
import dev.vigil.adapters.web.admin.CheckFormsController;
import dev.vigil.adapters.web.admin.IncidentsPageController;
import dev.vigil.adapters.web.admin.MaintenancePageController;
import dev.vigil.adapters.web.admin.SlaPageController;
import dev.vigil.adapters.web.admin.WebhooksPageController;
import dev.vigil.adapters.web.admin.ApiKeysPageController;
import dev.vigil.adapters.web.admin.DashboardController;
import dev.vigil.adapters.web.admin.DependencyFormsController;
import dev.vigil.adapters.web.admin.LoginController;
import dev.vigil.adapters.web.admin.LogsPageController;
import dev.vigil.adapters.web.admin.SessionCookies;
import dev.vigil.adapters.web.admin.SystemPageController;
import dev.vigil.adapters.web.analytics.AnalyticsController;
import dev.vigil.adapters.web.apikey.ApiKeyController;
import dev.vigil.adapters.web.asset.AssetController;
import dev.vigil.adapters.web.asset.Assets;
import dev.vigil.adapters.web.backup.BackupController;
import dev.vigil.adapters.web.check.CheckController;
import dev.vigil.adapters.web.counter.CounterController;
import dev.vigil.adapters.web.dependency.DependencyController;
import dev.vigil.adapters.web.ecosystem.BadgeController;
import dev.vigil.adapters.web.ecosystem.EcosystemControllers;
import dev.vigil.adapters.web.ecosystem.EmbedController;
import dev.vigil.adapters.web.ecosystem.FeedController;
import dev.vigil.adapters.web.ecosystem.Origin;
import dev.vigil.adapters.web.ecosystem.PublicDocuments;
import dev.vigil.adapters.web.ecosystem.StatuspageController;
import dev.vigil.adapters.web.health.HealthController;
import dev.vigil.adapters.web.incident.IncidentController;
import dev.vigil.adapters.web.log.StatusLogController;
import dev.vigil.adapters.web.maintenance.MaintenanceController;
import dev.vigil.adapters.web.metrics.MetricsController;
import dev.vigil.adapters.web.openapi.ApiCatalog;
import dev.vigil.adapters.web.openapi.ApiDocsController;
import dev.vigil.adapters.web.page.ErrorPages;
import dev.vigil.adapters.web.page.StatusPageController;
import dev.vigil.adapters.web.page.StatusPages;
import dev.vigil.adapters.web.page.StatusSnapshots;
import dev.vigil.adapters.web.page.Templates;
import dev.vigil.adapters.web.sla.SlaController;
import dev.vigil.adapters.web.system.SystemController;
import dev.vigil.adapters.web.webhook.WebhookController;
import dev.vigil.application.fakes.InMemoryVigil;
import dev.vigil.application.port.in.apikey.CreateApiKeyCommand;
import dev.vigil.domain.account.AdminSession;
import dev.vigil.domain.account.Password;
import dev.vigil.domain.apikey.Scope;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/** The web adapter on a loopback port over in-memory use cases, with keys of each scope and an HTTP client. */
public final class ApiServer implements AutoCloseable {
    public final InMemoryVigil vigil = new InMemoryVigil();
    public final AtomicBoolean databaseUp = new AtomicBoolean(true);
    public final String adminKey;
    public final String writeKey;
    public final String readKey;
    private final ObjectMapper mapper = Json.mapper();
    private final Javalin app;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final boolean https;
    private final WebApp.Controllers controllers;

    public ApiServer() {
        this(BackupController.DEFAULT_IMPORT_LIMIT, false, false);
    }

    /** A server whose admin cookies are those of a Vigil reached over HTTPS when {@code https}. */
    public ApiServer(boolean https) {
        this(BackupController.DEFAULT_IMPORT_LIMIT, false, https);
    }

    /** A server whose imports may be at most {@code importLimit} bytes. */
    public ApiServer(long importLimit) {
        this(importLimit, false, false);
    }

    /** A server whose imports may be at most {@code importLimit} bytes, with /metrics public or not. */
    public ApiServer(long importLimit, boolean metricsPublic) {
        this(importLimit, metricsPublic, false);
    }

    private ApiServer(long importLimit, boolean metricsPublic, boolean https) {
        this.https = https;
        adminKey = issue(Scope.ADMIN);
        writeKey = issue(Scope.WRITE);
        readKey = issue(Scope.READ);
        JsonRequests requests = new JsonRequests(mapper, JsonRequests.DEFAULT_LIMIT);
        BackupController backups = backupController(importLimit);
        var controllers = new WebApp.Controllers(
                new SystemController(vigil.createSystem, vigil.updateSystem, vigil.deleteSystem,
                        vigil.changeSystemStatus, vigil.listSystems, vigil.showSystem, requests),
                new DependencyController(vigil.addDependency, vigil.updateDependency, vigil.removeDependency,
                        vigil.changeDependencyStatus, vigil.listDependencies, vigil.showDependency, requests,
                        vigil.findChecks),
                new StatusLogController(vigil.readStatusLog),
                new ApiKeyController(vigil.createApiKey, vigil.listApiKeys, vigil.revokeApiKey, requests, vigil.clock),
                new HealthController(databaseUp::get),
                // Notifications (issue 6)
                new WebhookController(vigil.registerWebhook, vigil.updateWebhook, vigil.deleteWebhook,
                        vigil.listWebhooks, vigil.showWebhook, vigil.testWebhook, vigil.listDeliveries,
                        vigil.retryDelivery, requests),
                checkController(requests),
                incidentController(requests), maintenanceController(requests), analyticsController(),
                slaController(requests),
                pages(requests, backups),
                backups, new MetricsController(vigil.showMetrics, metricsPublic, "test",
                        vigil.clock), new ApiDocsController(ApiCatalog.operations(), mapper, "test"),
                ecosystem());
        this.controllers = controllers;
        app = WebApp.create(controllers, new ApiAuth(vigil.authenticateApiKey), mapper, JsonRequests.DEFAULT_LIMIT)
                .start("127.0.0.1", 0);
    }

    /** The port the server listens on (127.0.0.1), for tests that speak raw HTTP. */
    public int port() {
        return app.port();
    }

    // checks
    private CheckController checkController(JsonRequests requests) {
        return new CheckController(vigil.configureCheck, vigil.removeCheck, vigil.runCheckNow, vigil.rotatePushToken,
                vigil.recordPushPing, vigil.showLatency, vigil.showDailyUptime, requests);
    }

    private String issue(Scope scope) {
        return vigil.createApiKey.create(new CreateApiKeyCommand(scope.wireName() + " key", Set.of(scope),
                Optional.empty())).secret().reveal();
    }

    public Javalin app() {
        return app;
    }

    /** A response with its body parsed as JSON (or null when it is not JSON). */
    public record Reply(int status, String body, JsonNode json, HttpResponse<String> raw) {
        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public Reply send(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            try {
                json = response.body().isEmpty() ? null : mapper.readTree(response.body());
            } catch (IOException notJson) {
                // left null
            }
            return new Reply(response.statusCode(), response.body(), json, response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An authenticated JSON request with the admin key. */
    public Reply call(String method, String path, String json) {
        return as(adminKey, method, path, json);
    }

    public Reply as(String key, String method, String path, String json) {
        return json == null
                ? send(method, path, null, Map.of("Authorization", "Bearer " + key))
                : send(method, path, json, Map.of("Authorization", "Bearer " + key, "Content-Type", "application/json"));
    }

    @Override
    public void close() {
        app.stop();
    }

    // Incidents, maintenance windows, analytics and SLA (issue 4).
    private IncidentController incidentController(JsonRequests requests) {
        return new IncidentController(new IncidentController.UseCases(vigil.openIncident, vigil.listIncidents,
                vigil.listActiveIncidents, vigil.listRecentIncidents, vigil.showIncident, vigil.editIncident,
                vigil.deleteIncident, vigil.changeIncidentState, vigil.postIncidentUpdate, vigil.acknowledgeIncident,
                vigil.resolveIncident), requests, vigil.clock);
    }

    private MaintenanceController maintenanceController(JsonRequests requests) {
        return new MaintenanceController(new MaintenanceController.UseCases(vigil.scheduleMaintenance,
                vigil.rescheduleMaintenance, vigil.cancelMaintenance, vigil.deleteMaintenance, vigil.showMaintenance,
                vigil.listMaintenances, vigil.listActiveMaintenances, vigil.listUpcomingMaintenances), requests);
    }

    private AnalyticsController analyticsController() {
        return new AnalyticsController(vigil.showOverallAnalytics, vigil.showSystemAnalytics,
                vigil.showDependencyAnalytics);
    }

    private SlaController slaController(JsonRequests requests) {
        return new SlaController(new SlaController.UseCases(vigil.changeSlaTarget, vigil.showSlaStatus,
                vigil.createSlaReport, vigil.listSlaReports, vigil.showSlaReport, vigil.deleteSlaReport,
                vigil.listSlaBreaches, vigil.acknowledgeSlaBreach, vigil.evaluateSlaBreaches), requests);
    }

    // Issue 5: the status page, counters and admin UI over the same in-memory use cases.
    private StatusSnapshots snapshots;

    private PageControllers pages(JsonRequests requests, BackupController backups) {
        Templates templates = Templates.precompiled();
        Assets assets = Assets.load();
        snapshots = new StatusSnapshots(vigil.showStatusOverview, vigil.showStatusTrends,
                new StatusPages(templates, mapper, assets.publicChrome("System status"), 30),
                new StatusSnapshots.Settings(Duration.ofMillis(5), Duration.ZERO, Duration.ofMinutes(10),
                        Duration.ZERO));
        vigil.transactions.afterCommit(snapshots::markStale);
        vigil.provisionAdminUser.provision(Optional.of(Password.chosen(ADMIN_PASSWORD, "password")));
        var cookies = new SessionCookies(https, AdminSession.LIFETIME);
        var guard = new AdminGuard(vigil.resumeSession, cookies);
        var adminPages = new AdminPages(templates, assets, 30);
        var systemPage = new SystemPageController(vigil.showSystem, vigil.listDependencies, vigil.readStatusLog,
                vigil.updateSystem, vigil.changeSystemStatus, vigil.deleteSystem, vigil.addDependency, adminPages,
                new SystemPageController.Reads(vigil.findChecks, vigil.showSystemTrends, vigil.showSlaStatus));
        var admin = new AdminControllers(guard,
                new LoginController(vigil.logIn, vigil.logOut, guard, cookies, adminPages),
                new DashboardController(vigil.showStatusOverview, vigil.showOverallAnalytics, vigil.createSystem,
                        adminPages), systemPage,
                new DependencyFormsController(vigil.showDependency, vigil.updateDependency, vigil.changeDependencyStatus,
                        vigil.removeDependency, systemPage),
                new LogsPageController(vigil.readStatusLog, vigil.showStatusOverview, adminPages),
                new ApiKeysPageController(vigil.createApiKey, vigil.listApiKeys, vigil.revokeApiKey, adminPages, vigil.clock),
                operations(systemPage, adminPages, backups));
        return new PageControllers(
                new CounterController(vigil.setCounter, vigil.removeCounter, vigil.listCounters, requests),
                new StatusPageController(snapshots), new AssetController(assets),
                new ErrorPages(templates, assets.publicChrome("System status")), snapshots, admin);
    }

    // Issue 5, second step: the admin pages of checks, incidents, maintenance, SLA, analytics and webhooks.
    private AdminControllers.Operations operations(SystemPageController systemPage, AdminPages adminPages,
                                                   BackupController backups) {
        return new AdminControllers.Operations(
                new CheckFormsController(vigil.showDependency, vigil.findChecks, vigil.configureCheck, vigil.removeCheck,
                        vigil.runCheckNow, vigil.rotatePushToken, systemPage),
                new IncidentsPageController(new IncidentController.UseCases(vigil.openIncident, vigil.listIncidents,
                        vigil.listActiveIncidents, vigil.listRecentIncidents, vigil.showIncident, vigil.editIncident,
                        vigil.deleteIncident, vigil.changeIncidentState, vigil.postIncidentUpdate,
                        vigil.acknowledgeIncident, vigil.resolveIncident), vigil.listSystems, adminPages, vigil.clock),
                new MaintenancePageController(new MaintenanceController.UseCases(vigil.scheduleMaintenance,
                        vigil.rescheduleMaintenance, vigil.cancelMaintenance, vigil.deleteMaintenance,
                        vigil.showMaintenance, vigil.listMaintenances, vigil.listActiveMaintenances,
                        vigil.listUpcomingMaintenances), vigil.listSystems, adminPages, vigil.clock),
                new SlaPageController(new SlaController.UseCases(vigil.changeSlaTarget, vigil.showSlaStatus,
                        vigil.createSlaReport, vigil.listSlaReports, vigil.showSlaReport, vigil.deleteSlaReport,
                        vigil.listSlaBreaches, vigil.acknowledgeSlaBreach, vigil.evaluateSlaBreaches),
                        vigil.listSlaStatuses, adminPages),
                new AnalyticsPageController(vigil.showOverallAnalytics, adminPages),
                new WebhooksPageController(new WebhooksPageController.UseCases(vigil.registerWebhook,
                        vigil.updateWebhook, vigil.deleteWebhook, vigil.listWebhooks, vigil.showWebhook,
                        vigil.testWebhook, vigil.listDeliveries, vigil.retryDelivery), vigil.listSystems, adminPages),
                new BackupPageController(backups, adminPages));
    }

    public WebApp.Controllers controllers() {
        return controllers;
    }

    /** The admin UI's password on this server. */
    public static final String ADMIN_PASSWORD = "correct horse battery staple";

    /** A browser-like client of the admin UI on this server: it keeps cookies and follows no redirects. */
    public AdminClient browser() {
        return new AdminClient(app.port());
    }

    public StatusSnapshots snapshots() {
        return snapshots;
    }

    /** Waits until the public snapshot has been rebuilt after everything written so far. */
    public void awaitSnapshot() {
        if (!snapshots.awaitFresh(Duration.ofSeconds(20))) {
            throw new IllegalStateException("the status snapshot was not rebuilt in 20 s");
        }
    }

    /** A GET without credentials, as a browser or a script polling the public page sends it. */
    public Reply get(String path, Map<String, String> headers) {
        return send("GET", path, null, headers);
    }

    // Backups and operations (issue 7)
    private BackupController backupController(long importLimit) {
        return new BackupController(vigil.exportBackup, vigil.importBackup, mapper, importLimit, "test", vigil.clock);
    }

    // Ecosystem (issue 8): built after pages(), from the same snapshot.
    private EcosystemControllers ecosystem() {
        var documents = new PublicDocuments(snapshots, vigil.listPublicMaintenance, "System status");
        var origin = new Origin(Optional.empty());
        return new EcosystemControllers(new StatuspageController(documents, origin, mapper),
                new FeedController(documents, origin), new BadgeController(documents, mapper),
                new EmbedController(documents, origin, Templates.precompiled(),
                        Assets.load().publicChrome("System status").stylesheet(), 30));
    }
}
