package dev.vigil.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.adapters.notifications.DeliveryWorker;
import dev.vigil.adapters.notifications.HttpWebhookSender;
import dev.vigil.adapters.notifications.LoggingEventPublisher;
import dev.vigil.adapters.notifications.OutboxEventPublisher;
import dev.vigil.adapters.notifications.SenderSettings;
import dev.vigil.adapters.persistence.JdbiAdminAccounts;
import dev.vigil.adapters.persistence.JdbiAdminSessions;
import dev.vigil.adapters.persistence.JdbiApiKeys;
import dev.vigil.adapters.persistence.JdbiCheckHistory;
import dev.vigil.adapters.persistence.JdbiChecks;
import dev.vigil.adapters.persistence.JdbiCounters;
import dev.vigil.adapters.persistence.JdbiDependencies;
import dev.vigil.adapters.persistence.JdbiIncidents;
import dev.vigil.adapters.persistence.JdbiLoginThrottles;
import dev.vigil.adapters.persistence.JdbiMaintenanceWindows;
import dev.vigil.adapters.persistence.JdbiOperationalCounts;
import dev.vigil.adapters.persistence.JdbiOutbox;
import dev.vigil.adapters.persistence.JdbiSlaBreaches;
import dev.vigil.adapters.persistence.JdbiSlaReports;
import dev.vigil.adapters.persistence.JdbiStatusHistory;
import dev.vigil.adapters.persistence.JdbiStatusLog;
import dev.vigil.adapters.persistence.JdbiStatusTallies;
import dev.vigil.adapters.persistence.JdbiSystems;
import dev.vigil.adapters.persistence.JdbiTransactions;
import dev.vigil.adapters.persistence.JdbiWebhooks;
import dev.vigil.adapters.persistence.Pbkdf2PasswordHasher;
import dev.vigil.adapters.persistence.SqliteDatabase;
import dev.vigil.adapters.probes.NetworkProbe;
import dev.vigil.adapters.probes.ProbeScheduler;
import dev.vigil.adapters.probes.SchedulerStats;
import dev.vigil.adapters.probes.Re2RegexSyntax;
import dev.vigil.adapters.web.ApiAuth;
import dev.vigil.adapters.web.Json;
import dev.vigil.adapters.web.JsonRequests;
import dev.vigil.adapters.web.PageControllers;
import dev.vigil.adapters.web.ecosystem.BadgeController;
import dev.vigil.adapters.web.ecosystem.EcosystemControllers;
import dev.vigil.adapters.web.ecosystem.EmbedController;
import dev.vigil.adapters.web.ecosystem.FeedController;
import dev.vigil.adapters.web.ecosystem.Origin;
import dev.vigil.adapters.web.ecosystem.PublicDocuments;
import dev.vigil.adapters.web.ecosystem.StatuspageController;
import dev.vigil.adapters.web.WebApp;
import dev.vigil.adapters.web.admin.AdminControllers;
import dev.vigil.adapters.web.admin.AdminGuard;
import dev.vigil.adapters.web.admin.AdminPages;
import dev.vigil.adapters.web.admin.ApiKeysPageController;
import dev.vigil.adapters.web.admin.AnalyticsPageController;
import dev.vigil.adapters.web.admin.BackupPageController;
import dev.vigil.adapters.web.admin.CheckFormsController;
import dev.vigil.adapters.web.admin.IncidentsPageController;
import dev.vigil.adapters.web.admin.MaintenancePageController;
import dev.vigil.adapters.web.admin.SlaPageController;
import dev.vigil.adapters.web.admin.WebhooksPageController;
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
import dev.vigil.adapters.web.health.HealthController;
import dev.vigil.adapters.web.incident.IncidentController;
import dev.vigil.adapters.web.log.StatusLogController;
import dev.vigil.adapters.web.maintenance.MaintenanceController;
import dev.vigil.adapters.web.metrics.MetricsController;
import dev.vigil.adapters.web.openapi.ApiCatalog;
import dev.vigil.adapters.web.openapi.ApiDocsController;
import dev.vigil.adapters.web.page.ErrorPages;
import dev.vigil.adapters.web.page.PageChrome;
import dev.vigil.adapters.web.page.StatusPageController;
import dev.vigil.adapters.web.page.StatusPages;
import dev.vigil.adapters.web.page.StatusSnapshots;
import dev.vigil.adapters.web.page.Templates;
import dev.vigil.adapters.web.sla.SlaController;
import dev.vigil.adapters.web.system.SystemController;
import dev.vigil.adapters.web.webhook.WebhookController;
import dev.vigil.application.port.in.check.FindChecks;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.application.port.out.MaintenanceCalendar;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.application.service.AcknowledgeIncidentService;
import dev.vigil.application.service.AcknowledgeSlaBreachService;
import dev.vigil.application.service.AddDependencyService;
import dev.vigil.application.service.ApplyMaintenanceWindowsService;
import dev.vigil.application.service.AttemptDeliveryService;
import dev.vigil.application.service.AuthenticateApiKeyService;
import dev.vigil.application.service.CancelMaintenanceService;
import dev.vigil.application.service.ChangeDependencyStatusService;
import dev.vigil.application.service.ChangeIncidentStateService;
import dev.vigil.application.service.ChangeSlaTargetService;
import dev.vigil.application.service.ChangeSystemStatusService;
import dev.vigil.application.service.CheckHeartbeatsService;
import dev.vigil.application.service.ClaimDueDeliveriesService;
import dev.vigil.application.service.CompactCheckHistoryService;
import dev.vigil.application.service.ConfigureCheckService;
import dev.vigil.application.service.CreateApiKeyService;
import dev.vigil.application.service.CreateSlaReportService;
import dev.vigil.application.service.CreateSystemService;
import dev.vigil.application.service.DeleteIncidentService;
import dev.vigil.application.service.DeleteMaintenanceService;
import dev.vigil.application.service.DeleteSlaReportService;
import dev.vigil.application.service.DeleteSystemService;
import dev.vigil.application.service.DeleteWebhookService;
import dev.vigil.application.service.EditIncidentService;
import dev.vigil.application.service.EvaluateSlaBreachesService;
import dev.vigil.application.service.FindChecksService;
import dev.vigil.application.service.ListActiveIncidentsService;
import dev.vigil.application.service.ListActiveMaintenancesService;
import dev.vigil.application.service.ListApiKeysService;
import dev.vigil.application.service.ListCountersService;
import dev.vigil.application.service.ListDeliveriesService;
import dev.vigil.application.service.ListDependenciesService;
import dev.vigil.application.service.ListIncidentsService;
import dev.vigil.application.service.ListMaintenancesService;
import dev.vigil.application.service.ListRecentIncidentsService;
import dev.vigil.application.service.ListScheduledChecksService;
import dev.vigil.application.service.ListSlaBreachesService;
import dev.vigil.application.service.ListSlaReportsService;
import dev.vigil.application.service.ListSlaStatusesService;
import dev.vigil.application.service.ListSystemsService;
import dev.vigil.application.service.ListUpcomingMaintenancesService;
import dev.vigil.application.service.ListWebhooksService;
import dev.vigil.application.service.LogInService;
import dev.vigil.application.service.LogOutService;
import dev.vigil.application.service.OpenIncidentService;
import dev.vigil.application.service.PostIncidentUpdateService;
import dev.vigil.application.service.ListPublicMaintenanceService;
import dev.vigil.application.service.ProvisionAdminAccessService;
import dev.vigil.application.service.ProvisionAdminUserService;
import dev.vigil.application.service.PruneDeliveriesService;
import dev.vigil.application.service.QueueNotificationsService;
import dev.vigil.application.service.ReadStatusLogService;
import dev.vigil.application.service.RecordCheckResultsService;
import dev.vigil.application.service.RecordPushPingService;
import dev.vigil.application.service.RegisterWebhookService;
import dev.vigil.application.service.ReleaseDeliveryClaimsService;
import dev.vigil.application.service.RemoveCheckService;
import dev.vigil.application.service.RemoveCounterService;
import dev.vigil.application.service.RemoveDependencyService;
import dev.vigil.application.service.RescheduleMaintenanceService;
import dev.vigil.application.service.ResolveIncidentService;
import dev.vigil.application.service.ResumeSessionService;
import dev.vigil.application.service.RetryDeliveryService;
import dev.vigil.application.service.RevokeApiKeyService;
import dev.vigil.application.service.RotatePushTokenService;
import dev.vigil.application.service.RunCheckNowService;
import dev.vigil.application.service.ScheduleMaintenanceService;
import dev.vigil.application.service.SetCounterService;
import dev.vigil.application.service.ShowDailyUptimeService;
import dev.vigil.application.service.ShowDependencyAnalyticsService;
import dev.vigil.application.service.ShowDependencyService;
import dev.vigil.application.service.ShowIncidentService;
import dev.vigil.application.service.ShowLatencyService;
import dev.vigil.application.service.ShowMaintenanceService;
import dev.vigil.application.service.ShowMetricsService;
import dev.vigil.application.service.ShowOverallAnalyticsService;
import dev.vigil.application.service.ShowSlaReportService;
import dev.vigil.application.service.ShowSlaStatusService;
import dev.vigil.application.service.ShowStatusOverviewService;
import dev.vigil.application.service.ShowStatusTrendsService;
import dev.vigil.application.service.ShowSystemTrendsService;
import dev.vigil.application.service.ShowSystemAnalyticsService;
import dev.vigil.application.service.ShowSystemService;
import dev.vigil.application.service.ShowWebhookService;
import dev.vigil.application.service.SweepAutomaticIncidentsService;
import dev.vigil.application.service.TallyStatusDaysService;
import dev.vigil.application.service.TestWebhookService;
import dev.vigil.application.service.UpdateDependencyService;
import dev.vigil.application.service.UpdateSystemService;
import dev.vigil.application.service.UpdateWebhookService;
import dev.vigil.bootstrap.jobs.BackgroundJobs;
import dev.vigil.bootstrap.jobs.JobIntervals;
import dev.vigil.domain.account.AdminSession;
import dev.vigil.domain.account.Password;
import dev.vigil.domain.apikey.ApiKeySecret;
import dev.vigil.domain.outbound.OutboundPolicy;
import dev.vigil.domain.webhook.BackoffSchedule;
import dev.vigil.domain.webhook.Coalescing;
import io.javalin.Javalin;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Vigil assembled: the database, the adapters and every use case, serving HTTP until stopped. */
public final class VigilApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VigilApp.class);
    /**
     * How the public status snapshot is rebuilt: writes within 100 ms of each other share one rebuild; rebuilds start at
     * most once a second however often check results commit; at least every 30 s (so generated_at stays recent); the
     * uptime bars and sparklines are read again when a minute old or in a new hour (see docs/ui.md).
     */
    static final StatusSnapshots.Settings SNAPSHOT = new StatusSnapshots.Settings(Duration.ofMillis(100),
            Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(1));

    private final SqliteDatabase database;
    private final Javalin web;
    private final Wired wired;

    private VigilApp(SqliteDatabase database, Wired wired) {
        this.database = database;
        this.web = wired.web();
        this.wired = wired;
    }

    /** What {@link #wire} builds: the server, and the background workers to start and stop with it. */
    private record Wired(Javalin web, DeliveryWorker deliveries, CheckWiring checks, BackgroundJobs jobs) {
        /** Starts serving, then the workers. */
        void start(AppConfig config) {
            web.start(config.host(), config.port());
            deliveries.start();
            checks.scheduler().start();
            jobs.start();
        }

        /** Stops serving (requests in flight finish), then the workers. */
        void stop() {
            web.stop();
            jobs.close();
            checks.close();
            deliveries.close();
        }
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
        Wired wired = null;
        try {
            wired = wire(database, config, console, clock, intervals);
            wired.start(config);
            LOG.info("Vigil serves on http://{}:{} with database {}", config.host(), wired.web().port(), database.file());
            return new VigilApp(database, wired);
        } catch (RuntimeException e) {
            if (wired != null) {
                wired.stop();
            }
            database.close();
            throw e;
        }
    }

    private static Wired wire(SqliteDatabase database, AppConfig config, Consumer<String> console, Clock clock,
                              JobIntervals intervals) {
        var maintenanceWindows = new JdbiMaintenanceWindows(database);
        var systems = new JdbiSystems(database);
        var dependencies = new JdbiDependencies(database);
        var log = new JdbiStatusLog(database);
        var apiKeys = new JdbiApiKeys(database);
        var transactions = new CommitListeningTransactions(new JdbiTransactions(database));
        var random = new SecureRandom();
        ObjectMapper mapper = Json.mapper();
        JsonRequests requests = new JsonRequests(mapper, config.maxBodyBytes());
        OutboundPolicy outbound = outboundPolicy(config.outbound());
        Notifications notifications = notifications(database, systems, transactions, maintenanceWindows::covers,
                config.notifications(), outbound, requests, random, clock);
        EventPublisher logging = new LoggingEventPublisher();
        EventPublisher events = event -> {
            logging.publish(event);
            notifications.outbox().publish(event);
        };
        CheckWiring checks = checks(database, config, events, maintenanceWindows, outbound, transactions, clock);
        IncidentsMaintenanceAnalyticsAndSla issue4 = incidentsMaintenanceAnalyticsAndSla(database, systems,
                dependencies, log, maintenanceWindows, events, transactions, requests, clock, intervals);

        Operations operations = operations(database, systems, dependencies, apiKeys, transactions, mapper, config,
                random, clock);

        new ProvisionAdminAccessService(apiKeys, transactions, random, clock)
                .provision(config.adminKey().map(ApiKeySecret::of))
                .ifPresent(secret -> console.accept(firstStartBanner(secret)));

        PageControllers pages = wirePages(database, transactions, events, maintenanceWindows, mapper, requests, config,
                console, clock, checks, notifications.pageUseCases(), issue4, operations.backups());
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
                        requests,
                        checks.find()),
                new StatusLogController(new ReadStatusLogService(systems, dependencies, log)),
                new ApiKeyController(
                        new CreateApiKeyService(apiKeys, transactions, random, clock),
                        new ListApiKeysService(apiKeys),
                        new RevokeApiKeyService(apiKeys, transactions),
                        requests, clock),
                new HealthController(database::isReachable),
                notifications.controller(),
                checks.controller(requests),
                issue4.incidents(), issue4.maintenances(), issue4.analytics(), issue4.sla(),
                pages,
                operations.backups(), operations.metrics(),
                new ApiDocsController(ApiCatalog.operations(), mapper, BuildInfo.load().version()),
                ecosystem(pages.snapshots(), systems, maintenanceWindows, mapper, config, clock));
        Javalin web = WebApp.create(controllers, new ApiAuth(new AuthenticateApiKeyService(apiKeys, transactions,
                clock)), mapper, config.maxBodyBytes());
        return new Wired(web, notifications.worker(), checks, new BackgroundJobs(issue4.jobs()));
    }

    /** Notifications (issue 6): the outbox every event goes into, the webhook API, and the worker that delivers. */
    private record Notifications(EventPublisher outbox, WebhookController controller, DeliveryWorker worker,
                                 WebhooksPageController.UseCases pageUseCases) {
    }

    private static Notifications notifications(SqliteDatabase database, Systems systems, Transactions transactions,
                                               MaintenanceCalendar maintenance, NotificationSettings settings,
                                               OutboundPolicy policy, JsonRequests requests, SecureRandom random,
                                               Clock clock) {
        var webhooks = new JdbiWebhooks(database);
        var outbox = new JdbiOutbox(database);
        var sender = new HttpWebhookSender(new SenderSettings(settings.webhookTimeout(), settings.telegramApiBase(),
                settings.publicUrl(), "Vigil-Webhook/" + BuildInfo.load().version()), policy);
        var queue = new QueueNotificationsService(webhooks, outbox, systems, maintenance,
                new Coalescing(settings.coalescingWindow()), transactions, clock);
        Duration claim = settings.webhookTimeout().multipliedBy(2).plusSeconds(30);
        var worker = new DeliveryWorker(
                new ClaimDueDeliveriesService(outbox, transactions, clock, claim),
                new AttemptDeliveryService(webhooks, outbox, sender, transactions, BackoffSchedule.DEFAULT, random, clock),
                new ReleaseDeliveryClaimsService(outbox, transactions),
                new PruneDeliveriesService(outbox, transactions, clock, PruneDeliveriesService.DEFAULT_RETENTION),
                new DeliveryWorker.Settings(4, Duration.ofSeconds(1), Duration.ofHours(1), settings.shutdownGrace()));
        // The API and the admin page share these use cases (and so the outbound policy and the sender).
        var useCases = new WebhooksPageController.UseCases(
                new RegisterWebhookService(webhooks, systems, policy, transactions, random, clock),
                new UpdateWebhookService(webhooks, systems, policy, transactions, clock),
                new DeleteWebhookService(webhooks, outbox, transactions),
                new ListWebhooksService(webhooks),
                new ShowWebhookService(webhooks),
                new TestWebhookService(webhooks, sender, clock),
                new ListDeliveriesService(webhooks, outbox),
                new RetryDeliveryService(outbox, transactions, clock));
        var controller = new WebhookController(useCases.register(), useCases.update(), useCases.delete(),
                useCases.list(), useCases.show(), useCases.test(), useCases.deliveries(), useCases.retry(), requests);
        return new Notifications(new OutboxEventPublisher(queue), controller, worker, useCases);
    }

    /** The controllers and background jobs of incidents, maintenance windows, analytics and SLA (issue 4). */
    private record IncidentsMaintenanceAnalyticsAndSla(IncidentController incidents,
                                                       MaintenanceController maintenances,
                                                       AnalyticsController analytics, SlaController sla,
                                                       List<BackgroundJobs.Job> jobs,
                                                       IncidentController.UseCases incidentUseCases,
                                                       MaintenanceController.UseCases maintenanceUseCases,
                                                       SlaController.UseCases slaUseCases) {
    }

    private static IncidentsMaintenanceAnalyticsAndSla incidentsMaintenanceAnalyticsAndSla(
            SqliteDatabase database, JdbiSystems systems, JdbiDependencies dependencies, JdbiStatusLog log,
            JdbiMaintenanceWindows windows, EventPublisher events, Transactions transactions,
            JsonRequests requests, Clock clock, JobIntervals intervals) {
        var incidents = new JdbiIncidents(database);
        var history = new JdbiStatusHistory(database);
        var tallies = new JdbiStatusTallies(database);
        var breaches = new JdbiSlaBreaches(database);
        var reports = new JdbiSlaReports(database);

        var incidentUseCases = new IncidentController.UseCases(
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
                new ResolveIncidentService(incidents, systems, events, transactions, clock));
        var incidentController = new IncidentController(incidentUseCases, requests, clock);
        var maintenanceUseCases = new MaintenanceController.UseCases(
                new ScheduleMaintenanceService(windows, systems, dependencies, log, events, transactions, clock),
                new RescheduleMaintenanceService(windows, systems, dependencies, log, events, transactions, clock),
                new CancelMaintenanceService(windows, systems, dependencies, log, events, transactions, clock),
                new DeleteMaintenanceService(windows, systems, dependencies, log, events, transactions, clock),
                new ShowMaintenanceService(windows, clock),
                new ListMaintenancesService(windows, clock),
                new ListActiveMaintenancesService(windows, clock),
                new ListUpcomingMaintenancesService(windows, clock));
        var maintenanceController = new MaintenanceController(maintenanceUseCases, requests);
        var analyticsController = new AnalyticsController(
                new ShowOverallAnalyticsService(systems, dependencies, history, tallies, windows, incidents, clock),
                new ShowSystemAnalyticsService(systems, dependencies, history, tallies, windows, incidents, clock),
                new ShowDependencyAnalyticsService(systems, dependencies, history, tallies, windows, incidents, clock));
        var evaluateBreaches = new EvaluateSlaBreachesService(systems, dependencies, history, tallies, windows,
                breaches, events, transactions, clock);
        var slaUseCases = new SlaController.UseCases(
                new ChangeSlaTargetService(systems, transactions, clock),
                new ShowSlaStatusService(systems, dependencies, history, tallies, windows, clock),
                new CreateSlaReportService(systems, dependencies, history, tallies, windows, reports, transactions,
                        clock),
                new ListSlaReportsService(reports),
                new ShowSlaReportService(reports),
                new DeleteSlaReportService(reports, transactions),
                new ListSlaBreachesService(breaches, systems),
                new AcknowledgeSlaBreachService(breaches, transactions, clock),
                evaluateBreaches);
        var slaController = new SlaController(slaUseCases, requests);

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
                analyticsController, slaController, jobs, incidentUseCases, maintenanceUseCases, slaUseCases);
    }

    // outbound
    /** The one outbound policy checks and webhooks share: the built-in refusals narrowed by the admin's lists. */
    private static OutboundPolicy outboundPolicy(OutboundSettings settings) {
        OutboundPolicy policy = settings.policy();
        if (policy.isNarrowed()) {
            LOG.info("outbound requests: denied {}, allowed {}", settings.deny().isEmpty() ? "(none)" : settings.deny(),
                    settings.allow().isEmpty() ? "everywhere else" : "only " + settings.allow());
        }
        return policy;
    }

    // checks
    /** The check use cases, the network probe and the scheduler that drives them. */
    private record CheckWiring(FindChecks find, ConfigureCheckService configure, RemoveCheckService remove,
                               RunCheckNowService runNow, RotatePushTokenService rotate, RecordPushPingService ping,
                               ShowLatencyService latency, ShowDailyUptimeService uptime, NetworkProbe probe,
                               ProbeScheduler scheduler) {
        CheckController controller(JsonRequests requests) {
            return new CheckController(configure, remove, runNow, rotate, ping, latency, uptime, requests);
        }

        void close() {
            scheduler.close();
            probe.close();
        }
    }

    /** {@code events} hears every check-driven status change and missing heartbeat, inside the transaction. */
    private static CheckWiring checks(SqliteDatabase database, AppConfig config, EventPublisher events,
                                      MaintenanceWindows windows, OutboundPolicy outbound, Transactions transactions,
                                      Clock clock) {
        var systems = new JdbiSystems(database);
        var dependencies = new JdbiDependencies(database);
        var log = new JdbiStatusLog(database);
        var checks = new JdbiChecks(database);
        var history = new JdbiCheckHistory(database);
        var random = new SecureRandom();
        var probe = new NetworkProbe(outbound, BuildInfo.load().version(), clock);
        var record = new RecordCheckResultsService(systems, dependencies, checks, history, log, events, windows, transactions, clock);
        var scheduler = new ProbeScheduler(new ListScheduledChecksService(checks), probe, record,
                new CheckHeartbeatsService(systems, dependencies, checks, history, log, events, windows, transactions, clock),
                new CompactCheckHistoryService(history, config.checkHistory(), clock), clock,
                ProbeScheduler.Settings.DEFAULT, random);
        return new CheckWiring(new FindChecksService(checks),
                new ConfigureCheckService(systems, dependencies, checks, log, events, windows, transactions, new Re2RegexSyntax(),
                        outbound, random, clock),
                new RemoveCheckService(systems, dependencies, checks, log, events, windows, transactions, clock),
                new RunCheckNowService(systems, dependencies, checks, history, log, events, windows, transactions, probe, clock),
                new RotatePushTokenService(dependencies, checks, transactions, random),
                new RecordPushPingService(systems, dependencies, checks, history, log, events, windows, transactions, clock),
                new ShowLatencyService(dependencies, history, config.checkHistory(), clock),
                new ShowDailyUptimeService(dependencies, history, config.checkHistory(), clock),
                probe, scheduler);
    }

    /**
     * Issue 5: the public status page and its JSON, the counters they show, and the admin UI. The UI's forms call the
     * same use cases, event publisher and maintenance windows as the API; the admin user is provisioned here (a
     * generated password is printed once).
     */
    private static PageControllers wirePages(SqliteDatabase database, CommitListeningTransactions transactions,
                                             EventPublisher events, MaintenanceWindows windows, ObjectMapper mapper,
                                             JsonRequests requests, AppConfig config, Consumer<String> console,
                                             Clock clock, CheckWiring checkWiring,
                                             WebhooksPageController.UseCases webhooks,
                                             IncidentsMaintenanceAnalyticsAndSla issue4,
                                             BackupController backups) {
        var systems = new JdbiSystems(database);
        var dependencies = new JdbiDependencies(database);
        var log = new JdbiStatusLog(database);
        var apiKeys = new JdbiApiKeys(database);
        var counters = new JdbiCounters(database);
        var accounts = new JdbiAdminAccounts(database);
        var sessions = new JdbiAdminSessions(database);
        var hasher = new Pbkdf2PasswordHasher();
        var random = new SecureRandom();

        new ProvisionAdminUserService(accounts, sessions, hasher, transactions, random, clock)
                .provision(config.adminPassword())
                .ifPresent(password -> console.accept(adminPasswordBanner(password)));

        Templates templates = Templates.precompiled();
        Assets assets = Assets.load();
        PageChrome chrome = assets.publicChrome("System status");
        var checks = new JdbiChecks(database);
        var incidents = new JdbiIncidents(database);
        var statusHistory = new JdbiStatusHistory(database);
        var tallies = new JdbiStatusTallies(database);
        var checkHistory = new JdbiCheckHistory(database);
        var overview = new ShowStatusOverviewService(systems, dependencies, checks, counters, incidents, windows, clock);
        var trends = new ShowStatusTrendsService(systems, dependencies, statusHistory, tallies, windows, incidents,
                checkHistory, clock);
        var snapshots = new StatusSnapshots(overview, trends,
                new StatusPages(templates, mapper, chrome, config.refreshSeconds()), SNAPSHOT);
        transactions.afterCommit(snapshots::markStale);

        var cookies = new SessionCookies(config.servedOverHttps(), AdminSession.LIFETIME);
        var guard = new AdminGuard(new ResumeSessionService(sessions, transactions, clock), cookies);
        var adminPages = new AdminPages(templates, assets, config.refreshSeconds());
        var systemPage = new SystemPageController(new ShowSystemService(systems),
                new ListDependenciesService(systems, dependencies), new ReadStatusLogService(systems, dependencies, log),
                new UpdateSystemService(systems, transactions, clock),
                new ChangeSystemStatusService(systems, dependencies, log, events, windows, transactions, clock),
                new DeleteSystemService(systems, dependencies, transactions),
                new AddDependencyService(systems, dependencies, log, events, windows, transactions, clock), adminPages,
                new SystemPageController.Reads(checkWiring.find(), new ShowSystemTrendsService(systems, dependencies,
                        statusHistory, tallies, windows, incidents, checkHistory, clock),
                        new ShowSlaStatusService(systems, dependencies, statusHistory, tallies, windows, clock)));
        var analytics = new ShowOverallAnalyticsService(systems, dependencies, statusHistory, tallies, windows,
                incidents, clock);
        var admin = new AdminControllers(guard,
                new LoginController(new LogInService(accounts, new JdbiLoginThrottles(database), sessions, hasher,
                        transactions, random, clock), new LogOutService(sessions, transactions), guard, cookies, adminPages),
                new DashboardController(overview, analytics, new CreateSystemService(systems, transactions, clock),
                        adminPages),
                systemPage,
                new DependencyFormsController(new ShowDependencyService(dependencies),
                        new UpdateDependencyService(systems, dependencies, log, events, windows, transactions, clock),
                        new ChangeDependencyStatusService(systems, dependencies, log, events, windows, transactions, clock),
                        new RemoveDependencyService(systems, dependencies, log, events, windows, transactions, clock), systemPage),
                new LogsPageController(new ReadStatusLogService(systems, dependencies, log), overview, adminPages),
                new ApiKeysPageController(new CreateApiKeyService(apiKeys, transactions, random, clock),
                        new ListApiKeysService(apiKeys), new RevokeApiKeyService(apiKeys, transactions), adminPages, clock),
                adminOperations(database, windows, clock, checkWiring, webhooks, issue4, backups, systemPage,
                        analytics, adminPages));
        return new PageControllers(
                new CounterController(new SetCounterService(counters, transactions, clock),
                        new RemoveCounterService(counters, transactions), new ListCountersService(counters), requests),
                new StatusPageController(snapshots), new AssetController(assets), new ErrorPages(templates, chrome),
                snapshots, admin);
    }

    /**
     * Issue 5, second step: the admin pages of checks, incidents, maintenance, SLA, analytics, webhooks and backups,
     * over the very use case instances their API routes use (built once, in the wiring of issues 3, 4, 6 and 7).
     */
    private static AdminControllers.Operations adminOperations(SqliteDatabase database, MaintenanceWindows windows,
                                                               Clock clock, CheckWiring checks,
                                                               WebhooksPageController.UseCases webhooks,
                                                               IncidentsMaintenanceAnalyticsAndSla issue4,
                                                               BackupController backups,
                                                               SystemPageController systemPage,
                                                               ShowOverallAnalyticsService analytics,
                                                               AdminPages adminPages) {
        var systems = new JdbiSystems(database);
        var dependencies = new JdbiDependencies(database);
        var listSystems = new ListSystemsService(systems);
        return new AdminControllers.Operations(
                new CheckFormsController(new ShowDependencyService(dependencies), checks.find(), checks.configure(),
                        checks.remove(), checks.runNow(), checks.rotate(), systemPage),
                new IncidentsPageController(issue4.incidentUseCases(), listSystems, adminPages, clock),
                new MaintenancePageController(issue4.maintenanceUseCases(), listSystems, adminPages, clock),
                new SlaPageController(issue4.slaUseCases(), new ListSlaStatusesService(systems, dependencies,
                        new JdbiStatusHistory(database), new JdbiStatusTallies(database), windows, clock), adminPages),
                new AnalyticsPageController(analytics, adminPages),
                new WebhooksPageController(webhooks, listSystems, adminPages),
                new BackupPageController(backups, adminPages));
    }

    static String adminPasswordBanner(Password password) {
        return String.join("\n",
                "",
                "==================================================================",
                " Vigil created the admin UI's user. Its password is shown this once:",
                "",
                "   user:     admin",
                "   password: " + password.reveal(),
                "",
                " Log in at /admin/login. Vigil keeps only a slow salted hash of it;",
                " set VIGIL_ADMIN_PASSWORD (12+ characters) to choose another.",
                "==================================================================",
                "");
    }

    /**
     * Ecosystem (issue 8): the Statuspage-compatible API, feeds, calendar, badges and embeddable widget, served from
     * the public page's snapshot; absolute links start with --public-url when it is set.
     */
    private static EcosystemControllers ecosystem(StatusSnapshots snapshots, Systems systems,
                                                  MaintenanceWindows windows, ObjectMapper mapper, AppConfig config,
                                                  Clock clock) {
        var documents = new PublicDocuments(snapshots, new ListPublicMaintenanceService(systems, windows, clock),
                PAGE_TITLE);
        var origin = new Origin(config.publicUrl());
        return new EcosystemControllers(new StatuspageController(documents, origin, mapper),
                new FeedController(documents, origin), new BadgeController(documents, mapper),
                new EmbedController(documents, origin, Templates.precompiled(),
                        Assets.load().publicChrome(PAGE_TITLE).stylesheet(), config.refreshSeconds()));
    }

    /** The public pages' title, which the ecosystem documents also name the page by. */
    private static final String PAGE_TITLE = "System status";

    // Backups and operations (issue 7)
    /** The controllers of backups (export and import) and of metrics. */
    private record Operations(BackupController backups, MetricsController metrics) {
    }

    private static Operations operations(SqliteDatabase database, JdbiSystems systems, JdbiDependencies dependencies,
                                         JdbiApiKeys apiKeys, Transactions transactions, ObjectMapper mapper,
                                         AppConfig config, SecureRandom random, Clock clock) {
        BackupUseCases backup = BackupUseCases.of(database, systems, dependencies, apiKeys, transactions, random, clock);
        var metrics = new ShowMetricsService(systems, dependencies, new JdbiChecks(database),
                new JdbiStatusHistory(database), new JdbiStatusTallies(database), new JdbiMaintenanceWindows(database),
                new JdbiOperationalCounts(database), clock, ShowMetricsService.DEFAULT_MAX_AGE);
        return new Operations(new BackupController(backup.export(), backup.importer(), mapper,
                config.operations().importLimitBytes(), BuildInfo.load().version(), clock),
                new MetricsController(metrics, config.operations().metricsPublic(), BuildInfo.load().version(), clock));
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

    /**
     * What the check scheduler has done since start: runs started and finished, results written and dropped by its
     * batch writer. Still answers after {@link #close()}, with the final counts (every queued result written).
     */
    SchedulerStats checkScheduler() {
        return wired.checks().scheduler().stats();
    }

    /** Every route the server registered, with its declared access. */
    public List<WebApp.RegisteredRoute> routes() {
        return WebApp.registeredRoutes(web);
    }

    /**
     * Stops serving (requests in flight finish), stops the checks (writing the results collected) and the delivery
     * worker (sends still in flight after its grace period go out again after the next start), closes the database.
     */
    @Override
    public void close() {
        wired.stop();
        database.close();
        LOG.info("Vigil stopped");
    }
}
