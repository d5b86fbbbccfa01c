package dev.vigil.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.adapters.notifications.LoggingEventPublisher;
import dev.vigil.adapters.persistence.JdbiApiKeys;
import dev.vigil.adapters.persistence.JdbiDependencies;
import dev.vigil.adapters.persistence.JdbiMaintenanceWindows;
import dev.vigil.adapters.persistence.JdbiStatusLog;
import dev.vigil.adapters.persistence.JdbiSystems;
import dev.vigil.adapters.persistence.JdbiTransactions;
import dev.vigil.adapters.persistence.SqliteDatabase;
import dev.vigil.adapters.web.ApiAuth;
import dev.vigil.adapters.web.Json;
import dev.vigil.adapters.web.JsonRequests;
import dev.vigil.adapters.web.WebApp;
import dev.vigil.adapters.web.apikey.ApiKeyController;
import dev.vigil.adapters.web.dependency.DependencyController;
import dev.vigil.adapters.web.health.HealthController;
import dev.vigil.adapters.web.log.StatusLogController;
import dev.vigil.adapters.web.system.SystemController;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.application.service.AddDependencyService;
import dev.vigil.application.service.AuthenticateApiKeyService;
import dev.vigil.application.service.ChangeDependencyStatusService;
import dev.vigil.application.service.ChangeSystemStatusService;
import dev.vigil.application.service.CreateApiKeyService;
import dev.vigil.application.service.CreateSystemService;
import dev.vigil.application.service.DeleteSystemService;
import dev.vigil.application.service.ListApiKeysService;
import dev.vigil.application.service.ListDependenciesService;
import dev.vigil.application.service.ListSystemsService;
import dev.vigil.application.service.ProvisionAdminAccessService;
import dev.vigil.application.service.ReadStatusLogService;
import dev.vigil.application.service.RemoveDependencyService;
import dev.vigil.application.service.RevokeApiKeyService;
import dev.vigil.application.service.ShowDependencyService;
import dev.vigil.application.service.ShowSystemService;
import dev.vigil.application.service.UpdateDependencyService;
import dev.vigil.application.service.UpdateSystemService;
import dev.vigil.adapters.persistence.JdbiIncidents;
import dev.vigil.adapters.persistence.JdbiSlaBreaches;
import dev.vigil.adapters.persistence.JdbiSlaReports;
import dev.vigil.adapters.persistence.JdbiStatusHistory;
import dev.vigil.adapters.persistence.JdbiStatusTallies;
import dev.vigil.adapters.web.analytics.AnalyticsController;
import dev.vigil.adapters.web.incident.IncidentController;
import dev.vigil.adapters.web.maintenance.MaintenanceController;
import dev.vigil.adapters.web.sla.SlaController;
import dev.vigil.application.service.AcknowledgeIncidentService;
import dev.vigil.application.service.AcknowledgeSlaBreachService;
import dev.vigil.application.service.ApplyMaintenanceWindowsService;
import dev.vigil.application.service.CancelMaintenanceService;
import dev.vigil.application.service.ChangeIncidentStateService;
import dev.vigil.application.service.ChangeSlaTargetService;
import dev.vigil.application.service.CreateSlaReportService;
import dev.vigil.application.service.DeleteIncidentService;
import dev.vigil.application.service.DeleteMaintenanceService;
import dev.vigil.application.service.DeleteSlaReportService;
import dev.vigil.application.service.EditIncidentService;
import dev.vigil.application.service.EvaluateSlaBreachesService;
import dev.vigil.application.service.ListActiveIncidentsService;
import dev.vigil.application.service.ListActiveMaintenancesService;
import dev.vigil.application.service.ListIncidentsService;
import dev.vigil.application.service.ListMaintenancesService;
import dev.vigil.application.service.ListRecentIncidentsService;
import dev.vigil.application.service.ListSlaBreachesService;
import dev.vigil.application.service.ListSlaReportsService;
import dev.vigil.application.service.ListUpcomingMaintenancesService;
import dev.vigil.application.service.OpenIncidentService;
import dev.vigil.application.service.PostIncidentUpdateService;
import dev.vigil.application.service.RescheduleMaintenanceService;
import dev.vigil.application.service.ResolveIncidentService;
import dev.vigil.application.service.ScheduleMaintenanceService;
import dev.vigil.application.service.ShowDependencyAnalyticsService;
import dev.vigil.application.service.ShowIncidentService;
import dev.vigil.application.service.ShowMaintenanceService;
import dev.vigil.application.service.ShowOverallAnalyticsService;
import dev.vigil.application.service.ShowSlaReportService;
import dev.vigil.application.service.ShowSlaStatusService;
import dev.vigil.application.service.ShowSystemAnalyticsService;
import dev.vigil.application.service.SweepAutomaticIncidentsService;
import dev.vigil.application.service.TallyStatusDaysService;
import dev.vigil.bootstrap.jobs.BackgroundJobs;
import dev.vigil.bootstrap.jobs.JobIntervals;
import dev.vigil.domain.apikey.ApiKeySecret;
import io.javalin.Javalin;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Vigil assembled: the database, the adapters and every use case, serving HTTP until stopped. */
public final class VigilApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VigilApp.class);

    private final SqliteDatabase database;
    private final Javalin web;
    private final BackgroundJobs jobs;

    private VigilApp(SqliteDatabase database, Javalin web, BackgroundJobs jobs) {
        this.database = database;
        this.web = web;
        this.jobs = jobs;
    }

    /**
     * Opens and migrates the database, makes sure an administrator can get in (printing a generated key to
     * {@code console} once), then serves on the configured address.
     */
    public static VigilApp start(AppConfig config, Consumer<String> console, Clock clock) {
        return start(config, console, clock, JobIntervals.DEFAULT);
    }

    /** As {@link #start(AppConfig, Consumer, Clock)}, with the background jobs running at the given intervals. */
    public static VigilApp start(AppConfig config, Consumer<String> console, Clock clock, JobIntervals intervals) {
        SqliteDatabase database = SqliteDatabase.open(config.database());
        try {
            Wired wired = wire(database, config, console, clock, intervals);
            Javalin web = wired.web().start(config.host(), config.port());
            wired.jobs().start();
            LOG.info("Vigil serves on http://{}:{} with database {}", config.host(), web.port(), database.file());
            return new VigilApp(database, web, wired.jobs());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The server and the background work, wired but not started. */
    private record Wired(Javalin web, BackgroundJobs jobs) {
    }

    private static Wired wire(SqliteDatabase database, AppConfig config, Consumer<String> console, Clock clock,
                              JobIntervals intervals) {
        var systems = new JdbiSystems(database);
        var dependencies = new JdbiDependencies(database);
        var log = new JdbiStatusLog(database);
        var apiKeys = new JdbiApiKeys(database);
        var transactions = new JdbiTransactions(database);
        var maintenanceWindows = new JdbiMaintenanceWindows(database);
        EventPublisher events = new LoggingEventPublisher();
        var random = new SecureRandom();

        new ProvisionAdminAccessService(apiKeys, transactions, random, clock)
                .provision(config.adminKey().map(ApiKeySecret::of))
                .ifPresent(secret -> console.accept(firstStartBanner(secret)));

        ObjectMapper mapper = Json.mapper();
        JsonRequests requests = new JsonRequests(mapper, config.maxBodyBytes());
        IncidentsMaintenanceAnalyticsAndSla issue4 = incidentsMaintenanceAnalyticsAndSla(database, systems,
                dependencies, log, maintenanceWindows, events, transactions, requests, clock, intervals);
        var controllers = new WebApp.Controllers(
                new SystemController(
                        new CreateSystemService(systems, transactions, clock),
                        new UpdateSystemService(systems, transactions, clock),
                        new DeleteSystemService(systems, dependencies, transactions),
                        new ChangeSystemStatusService(systems, dependencies, log, events, maintenanceWindows,
                                transactions, clock),
                        new ListSystemsService(systems),
                        new ShowSystemService(systems),
                        requests),
                new DependencyController(
                        new AddDependencyService(systems, dependencies, log, events, maintenanceWindows,
                                transactions, clock),
                        new UpdateDependencyService(systems, dependencies, log, events, maintenanceWindows,
                                transactions, clock),
                        new RemoveDependencyService(systems, dependencies, log, events, maintenanceWindows,
                                transactions, clock),
                        new ChangeDependencyStatusService(systems, dependencies, log, events, maintenanceWindows,
                                transactions, clock),
                        new ListDependenciesService(systems, dependencies),
                        new ShowDependencyService(dependencies),
                        requests),
                new StatusLogController(new ReadStatusLogService(systems, dependencies, log)),
                new ApiKeyController(
                        new CreateApiKeyService(apiKeys, transactions, random, clock),
                        new ListApiKeysService(apiKeys),
                        new RevokeApiKeyService(apiKeys, transactions),
                        requests, clock),
                new HealthController(database::isReachable),
                issue4.incidents(), issue4.maintenances(), issue4.analytics(), issue4.sla());
        Javalin web = WebApp.create(controllers, new ApiAuth(new AuthenticateApiKeyService(apiKeys, transactions,
                clock)), mapper, config.maxBodyBytes());
        return new Wired(web, new BackgroundJobs(issue4.jobs()));
    }

    /** The controllers and background jobs of incidents, maintenance windows, analytics and SLA (issue 4). */
    private record IncidentsMaintenanceAnalyticsAndSla(IncidentController incidents,
                                                       MaintenanceController maintenances,
                                                       AnalyticsController analytics, SlaController sla,
                                                       List<BackgroundJobs.Job> jobs) {
    }

    private static IncidentsMaintenanceAnalyticsAndSla incidentsMaintenanceAnalyticsAndSla(
            SqliteDatabase database, JdbiSystems systems, JdbiDependencies dependencies, JdbiStatusLog log,
            JdbiMaintenanceWindows windows, EventPublisher events, JdbiTransactions transactions,
            JsonRequests requests, Clock clock, JobIntervals intervals) {
        var incidents = new JdbiIncidents(database);
        var history = new JdbiStatusHistory(database);
        var tallies = new JdbiStatusTallies(database);
        var breaches = new JdbiSlaBreaches(database);
        var reports = new JdbiSlaReports(database);

        var incidentController = new IncidentController(new IncidentController.UseCases(
                new OpenIncidentService(incidents, systems, events, transactions, clock),
                new ListIncidentsService(incidents),
                new ListActiveIncidentsService(incidents),
                new ListRecentIncidentsService(incidents, clock),
                new ShowIncidentService(incidents),
                new EditIncidentService(incidents, systems, events, transactions, clock),
                new DeleteIncidentService(incidents, transactions),
                new ChangeIncidentStateService(incidents, systems, events, transactions, clock),
                new PostIncidentUpdateService(incidents, systems, events, transactions, clock),
                new AcknowledgeIncidentService(incidents, systems, events, transactions, clock),
                new ResolveIncidentService(incidents, systems, events, transactions, clock)), requests, clock);
        var maintenanceController = new MaintenanceController(new MaintenanceController.UseCases(
                new ScheduleMaintenanceService(windows, systems, dependencies, log, events, transactions, clock),
                new RescheduleMaintenanceService(windows, systems, dependencies, log, events, transactions, clock),
                new CancelMaintenanceService(windows, systems, dependencies, log, events, transactions, clock),
                new DeleteMaintenanceService(windows, transactions, clock),
                new ShowMaintenanceService(windows, clock),
                new ListMaintenancesService(windows, clock),
                new ListActiveMaintenancesService(windows, clock),
                new ListUpcomingMaintenancesService(windows, clock)), requests);
        var analyticsController = new AnalyticsController(
                new ShowOverallAnalyticsService(systems, dependencies, history, tallies, windows, incidents, clock),
                new ShowSystemAnalyticsService(systems, dependencies, history, tallies, windows, incidents, clock),
                new ShowDependencyAnalyticsService(systems, dependencies, history, tallies, windows, incidents, clock));
        var evaluateBreaches = new EvaluateSlaBreachesService(systems, dependencies, history, tallies, windows,
                breaches, events, transactions, clock);
        var slaController = new SlaController(new SlaController.UseCases(
                new ChangeSlaTargetService(systems, transactions, clock),
                new ShowSlaStatusService(systems, dependencies, history, tallies, windows, clock),
                new CreateSlaReportService(systems, dependencies, history, tallies, windows, reports, transactions,
                        clock),
                new ListSlaReportsService(reports),
                new ShowSlaReportService(reports),
                new DeleteSlaReportService(reports, transactions),
                new ListSlaBreachesService(breaches, systems),
                new AcknowledgeSlaBreachService(breaches, transactions, clock),
                evaluateBreaches), requests);

        var applyMaintenance = new ApplyMaintenanceWindowsService(windows, systems, dependencies, log, events,
                transactions, clock);
        var sweep = new SweepAutomaticIncidentsService(systems, incidents, history, windows, events, transactions,
                clock);
        var tally = new TallyStatusDaysService(systems, dependencies, history, tallies, windows, transactions, clock);
        List<BackgroundJobs.Job> jobs = List.of(
                new BackgroundJobs.Job("maintenance windows", intervals.maintenance(), () -> {
                    var applied = applyMaintenance.apply();
                    if (applied.started() + applied.ended() > 0) {
                        LOG.info("maintenance windows: {} started, {} ended", applied.started(), applied.ended());
                    }
                }),
                new BackgroundJobs.Job("automatic incidents", intervals.automaticIncidents(), () -> {
                    var swept = sweep.sweep();
                    if (swept.opened() + swept.updated() + swept.resolved() > 0) {
                        LOG.info("automatic incidents: {} opened, {} updated, {} resolved", swept.opened(),
                                swept.updated(), swept.resolved());
                    }
                }),
                new BackgroundJobs.Job("day tallies", intervals.dayTallies(), () -> {
                    int days = tally.tallyClosedDays();
                    if (days > 0) {
                        LOG.info("tallied {} closed day(s) of status history", days);
                    }
                }),
                new BackgroundJobs.Job("SLA breaches", intervals.slaBreaches(), () -> {
                    var found = evaluateBreaches.evaluate(Optional.empty());
                    if (!found.isEmpty()) {
                        LOG.info("recorded {} new SLA breach(es)", found.size());
                    }
                }));
        return new IncidentsMaintenanceAnalyticsAndSla(incidentController, maintenanceController,
                analyticsController, slaController, jobs);
    }

    static String firstStartBanner(ApiKeySecret secret) {
        return String.join("\n",
                "",
                "==================================================================",
                " Vigil created an admin API key. It is shown this once only:",
                "",
                "   " + secret.reveal(),
                "",
                " Send it as 'Authorization: Bearer <key>'. Store it now; Vigil keeps",
                " only its hash. Lost it? Run: java -jar vigil.jar apikey create",
                "==================================================================",
                "");
    }

    /** The port the server listens on (useful when started on port 0). */
    public int port() {
        return web.port();
    }

    /** Every route the server registered, with its declared access. */
    public List<WebApp.RegisteredRoute> routes() {
        return WebApp.registeredRoutes(web);
    }

    /** Stops serving, lets requests in flight and background work finish, and closes the database. */
    @Override
    public void close() {
        web.stop();
        jobs.close();
        database.close();
        LOG.info("Vigil stopped");
    }
}
