package dev.vigil.application.fakes;

import dev.vigil.application.port.in.account.LogIn;
import dev.vigil.application.port.in.account.LogOut;
import dev.vigil.application.port.in.account.ProvisionAdminUser;
import dev.vigil.application.port.in.account.ResumeSession;
import dev.vigil.application.port.in.analytics.ShowDependencyAnalytics;
import dev.vigil.application.port.in.analytics.ShowOverallAnalytics;
import dev.vigil.application.port.in.analytics.ShowSystemAnalytics;
import dev.vigil.application.port.in.analytics.TallyStatusDays;
import dev.vigil.application.port.in.apikey.AuthenticateApiKey;
import dev.vigil.application.port.in.apikey.CreateApiKey;
import dev.vigil.application.port.in.apikey.ListApiKeys;
import dev.vigil.application.port.in.apikey.ProvisionAdminAccess;
import dev.vigil.application.port.in.apikey.RevokeApiKey;
import dev.vigil.application.port.in.backup.ExportBackup;
import dev.vigil.application.port.in.backup.ImportBackup;
import dev.vigil.application.port.in.check.CheckHeartbeats;
import dev.vigil.application.port.in.check.CompactCheckHistory;
import dev.vigil.application.port.in.check.ConfigureCheck;
import dev.vigil.application.port.in.check.FindChecks;
import dev.vigil.application.port.in.check.HistoryRetention;
import dev.vigil.application.port.in.check.ListScheduledChecks;
import dev.vigil.application.port.in.check.RecordCheckResults;
import dev.vigil.application.port.in.check.RecordPushPing;
import dev.vigil.application.port.in.check.RemoveCheck;
import dev.vigil.application.port.in.check.RotatePushToken;
import dev.vigil.application.port.in.check.RunCheckNow;
import dev.vigil.application.port.in.check.ShowDailyUptime;
import dev.vigil.application.port.in.check.ShowLatency;
import dev.vigil.application.port.in.counter.ListCounters;
import dev.vigil.application.port.in.counter.RemoveCounter;
import dev.vigil.application.port.in.counter.SetCounter;
import dev.vigil.application.port.in.dependency.AddDependency;
import dev.vigil.application.port.in.dependency.ChangeDependencyStatus;
import dev.vigil.application.port.in.dependency.ListDependencies;
import dev.vigil.application.port.in.dependency.RemoveDependency;
import dev.vigil.application.port.in.dependency.ShowDependency;
import dev.vigil.application.port.in.dependency.UpdateDependency;
import dev.vigil.application.port.in.incident.AcknowledgeIncident;
import dev.vigil.application.port.in.incident.ChangeIncidentState;
import dev.vigil.application.port.in.incident.DeleteIncident;
import dev.vigil.application.port.in.incident.EditIncident;
import dev.vigil.application.port.in.incident.ListActiveIncidents;
import dev.vigil.application.port.in.incident.ListIncidents;
import dev.vigil.application.port.in.incident.ListRecentIncidents;
import dev.vigil.application.port.in.incident.OpenIncident;
import dev.vigil.application.port.in.incident.PostIncidentUpdate;
import dev.vigil.application.port.in.incident.ResolveIncident;
import dev.vigil.application.port.in.incident.ShowIncident;
import dev.vigil.application.port.in.incident.SweepAutomaticIncidents;
import dev.vigil.application.port.in.log.ReadStatusLog;
import dev.vigil.application.port.in.maintenance.ApplyMaintenanceWindows;
import dev.vigil.application.port.in.maintenance.CancelMaintenance;
import dev.vigil.application.port.in.maintenance.DeleteMaintenance;
import dev.vigil.application.port.in.maintenance.ListActiveMaintenances;
import dev.vigil.application.port.in.maintenance.ListMaintenances;
import dev.vigil.application.port.in.maintenance.ListUpcomingMaintenances;
import dev.vigil.application.port.in.maintenance.RescheduleMaintenance;
import dev.vigil.application.port.in.maintenance.ScheduleMaintenance;
import dev.vigil.application.port.in.maintenance.ShowMaintenance;
import dev.vigil.application.port.in.metrics.ShowMetrics;
import dev.vigil.application.port.in.sla.AcknowledgeSlaBreach;
import dev.vigil.application.port.in.sla.ChangeSlaTarget;
import dev.vigil.application.port.in.sla.CreateSlaReport;
import dev.vigil.application.port.in.sla.DeleteSlaReport;
import dev.vigil.application.port.in.sla.EvaluateSlaBreaches;
import dev.vigil.application.port.in.sla.ListSlaBreaches;
import dev.vigil.application.port.in.sla.ListSlaReports;
import dev.vigil.application.port.in.sla.ListSlaStatuses;
import dev.vigil.application.port.in.sla.ShowSlaReport;
import dev.vigil.application.port.in.sla.ShowSlaStatus;
import dev.vigil.application.port.in.status.ListPublicMaintenance;
import dev.vigil.application.port.in.status.ShowStatusOverview;
import dev.vigil.application.port.in.status.ShowStatusTrends;
import dev.vigil.application.port.in.status.ShowSystemTrends;
import dev.vigil.application.port.in.system.ChangeSystemStatus;
import dev.vigil.application.port.in.system.CreateSystem;
import dev.vigil.application.port.in.system.DeleteSystem;
import dev.vigil.application.port.in.system.ListSystems;
import dev.vigil.application.port.in.system.ShowSystem;
import dev.vigil.application.port.in.system.UpdateSystem;
import dev.vigil.application.port.in.webhook.AttemptDelivery;
import dev.vigil.application.port.in.webhook.ClaimDueDeliveries;
import dev.vigil.application.port.in.webhook.DeleteWebhook;
import dev.vigil.application.port.in.webhook.ListDeliveries;
import dev.vigil.application.port.in.webhook.ListWebhooks;
import dev.vigil.application.port.in.webhook.PruneDeliveries;
import dev.vigil.application.port.in.webhook.QueueNotifications;
import dev.vigil.application.port.in.webhook.RegisterWebhook;
import dev.vigil.application.port.in.webhook.ReleaseDeliveryClaims;
import dev.vigil.application.port.in.webhook.RetryDelivery;
import dev.vigil.application.port.in.webhook.ShowWebhook;
import dev.vigil.application.port.in.webhook.TestWebhook;
import dev.vigil.application.port.in.webhook.UpdateWebhook;
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
import dev.vigil.application.service.ExportBackupService;
import dev.vigil.application.service.FindChecksService;
import dev.vigil.application.service.ImportBackupService;
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
import dev.vigil.application.service.ListPublicMaintenanceService;
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
import dev.vigil.domain.outbound.OutboundPolicy;
import dev.vigil.domain.webhook.BackoffSchedule;
import dev.vigil.domain.webhook.Coalescing;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.random.RandomGenerator;

/** Every use case wired to in-memory fakes and a clock the test controls. */
public final class InMemoryVigil {
    public final MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");
    public final InMemorySystems systems = new InMemorySystems();
    public final InMemoryDependencies dependencies = new InMemoryDependencies(systems);
    public final InMemoryStatusLog log = new InMemoryStatusLog();
    public final InMemoryApiKeys apiKeys = new InMemoryApiKeys();
    public final InMemoryTransactions transactions = new InMemoryTransactions();
    public final RecordingEventPublisher events = new RecordingEventPublisher();
    public final InMemoryMaintenanceWindows maintenanceWindows = new InMemoryMaintenanceWindows();
    private final SecureRandom random = new SecureRandom();

    public final CreateSystem createSystem = new CreateSystemService(systems, transactions, clock);
    public final UpdateSystem updateSystem = new UpdateSystemService(systems, transactions, clock);
    public final DeleteSystem deleteSystem = new DeleteSystemService(systems, dependencies, transactions);
    public final ChangeSystemStatus changeSystemStatus =
            new ChangeSystemStatusService(systems, dependencies, log, events, maintenanceWindows, transactions,
                    clock);
    public final ListSystems listSystems = new ListSystemsService(systems);
    public final ShowSystem showSystem = new ShowSystemService(systems);
    public final AddDependency addDependency =
            new AddDependencyService(systems, dependencies, log, events, maintenanceWindows, transactions,
                    clock);
    public final UpdateDependency updateDependency =
            new UpdateDependencyService(systems, dependencies, log, events, maintenanceWindows, transactions,
                    clock);
    public final RemoveDependency removeDependency =
            new RemoveDependencyService(systems, dependencies, log, events, maintenanceWindows, transactions,
                    clock);
    public final ChangeDependencyStatus changeDependencyStatus =
            new ChangeDependencyStatusService(systems, dependencies, log, events, maintenanceWindows, transactions,
                    clock);
    public final ListDependencies listDependencies = new ListDependenciesService(systems, dependencies);
    public final ShowDependency showDependency = new ShowDependencyService(dependencies);
    public final ReadStatusLog readStatusLog = new ReadStatusLogService(systems, dependencies, log);
    public final CreateApiKey createApiKey = new CreateApiKeyService(apiKeys, transactions, random, clock);
    public final ListApiKeys listApiKeys = new ListApiKeysService(apiKeys);
    public final RevokeApiKey revokeApiKey = new RevokeApiKeyService(apiKeys, transactions);
    public final AuthenticateApiKey authenticateApiKey = new AuthenticateApiKeyService(apiKeys, transactions, clock);
    public final ProvisionAdminAccess provisionAdminAccess =
            new ProvisionAdminAccessService(apiKeys, transactions, random, clock);

    // Notifications (issue 6): webhooks, the outbox fed by every published event, and a scripted sender.
    /** How long a worker's claim on a delivery lasts in these tests. */
    public static final Duration DELIVERY_LEASE = Duration.ofSeconds(60);
    public final InMemoryWebhooks webhooks = new InMemoryWebhooks();
    public final InMemoryOutbox outbox = new InMemoryOutbox();
    public final RecordingWebhookSender sender = new RecordingWebhookSender();
    public final SettableMaintenanceCalendar maintenance = new SettableMaintenanceCalendar();
    /** Jitter in the middle of its band, so backoff delays are exactly nominal. */
    private final RandomGenerator middleOfTheBand = () -> Long.MIN_VALUE;

    public final RegisterWebhook registerWebhook =
            new RegisterWebhookService(webhooks, systems, OutboundPolicy.DEFAULT, transactions, random, clock);
    public final UpdateWebhook updateWebhook =
            new UpdateWebhookService(webhooks, systems, OutboundPolicy.DEFAULT, transactions, clock);
    public final DeleteWebhook deleteWebhook = new DeleteWebhookService(webhooks, outbox, transactions);
    public final ListWebhooks listWebhooks = new ListWebhooksService(webhooks);
    public final ShowWebhook showWebhook = new ShowWebhookService(webhooks);
    public final TestWebhook testWebhook = new TestWebhookService(webhooks, sender, clock);
    public final ListDeliveries listDeliveries = new ListDeliveriesService(webhooks, outbox);
    public final RetryDelivery retryDelivery = new RetryDeliveryService(outbox, transactions, clock);
    public final QueueNotifications queueNotifications = new QueueNotificationsService(webhooks, outbox, systems,
            maintenance, Coalescing.DEFAULT, transactions, clock);
    public final ClaimDueDeliveries claimDueDeliveries =
            new ClaimDueDeliveriesService(outbox, transactions, clock, DELIVERY_LEASE);
    public final AttemptDelivery attemptDelivery = new AttemptDeliveryService(webhooks, outbox, sender, transactions,
            BackoffSchedule.DEFAULT, middleOfTheBand, clock);
    public final ReleaseDeliveryClaims releaseDeliveryClaims = new ReleaseDeliveryClaimsService(outbox, transactions);
    public final PruneDeliveries pruneDeliveries =
            new PruneDeliveriesService(outbox, transactions, clock, PruneDeliveriesService.DEFAULT_RETENTION);

    {
        events.alsoTell(queueNotifications::queue);
    }

    /** What a worker does in one round, in the calling thread: claims every due delivery and attempts each once. */
    public int deliverDue() {
        var claimed = claimDueDeliveries.claim(100);
        claimed.forEach(attemptDelivery::attempt);
        return claimed.size();
    }

    // checks
    public final InMemoryChecks checks = new InMemoryChecks(dependencies);
    public final InMemoryCheckHistory checkHistory = new InMemoryCheckHistory();
    public final ScriptedProbe probe = new ScriptedProbe(clock);
    public final HistoryRetention retention = HistoryRetention.DEFAULT;
    public final ConfigureCheck configureCheck = new ConfigureCheckService(systems, dependencies, checks, log, events, maintenanceWindows,
            transactions, new BalancedParenthesesRegexSyntax(), OutboundPolicy.DEFAULT, random, clock);
    public final RemoveCheck removeCheck =
            new RemoveCheckService(systems, dependencies, checks, log, events, maintenanceWindows, transactions, clock);
    public final FindChecks findChecks = new FindChecksService(checks);
    public final RunCheckNow runCheckNow = new RunCheckNowService(systems, dependencies, checks, checkHistory, log,
            events, maintenanceWindows, transactions, probe, clock);
    public final RecordCheckResults recordCheckResults = new RecordCheckResultsService(systems, dependencies, checks,
            checkHistory, log, events, maintenanceWindows, transactions, clock);
    public final RecordPushPing recordPushPing = new RecordPushPingService(systems, dependencies, checks, checkHistory,
            log, events, maintenanceWindows, transactions, clock);
    public final RotatePushToken rotatePushToken = new RotatePushTokenService(dependencies, checks, transactions, random);
    public final CheckHeartbeats checkHeartbeats = new CheckHeartbeatsService(systems, dependencies, checks,
            checkHistory, log, events, maintenanceWindows, transactions, clock);
    public final ListScheduledChecks listScheduledChecks = new ListScheduledChecksService(checks);
    public final ShowLatency showLatency = new ShowLatencyService(dependencies, checkHistory, retention, clock);
    public final ShowDailyUptime showDailyUptime = new ShowDailyUptimeService(dependencies, checkHistory, retention, clock);
    public final CompactCheckHistory compactCheckHistory = new CompactCheckHistoryService(checkHistory, retention, clock);

    // Incidents, maintenance windows, uptime analytics and SLA (issue 4).
    public final InMemoryIncidents incidents = new InMemoryIncidents();
    public final InMemoryStatusHistory history = new InMemoryStatusHistory(log);
    public final InMemoryStatusTallies tallies = new InMemoryStatusTallies();
    public final InMemorySlaBreaches slaBreaches = new InMemorySlaBreaches();
    public final InMemorySlaReports slaReports = new InMemorySlaReports();

    public final OpenIncident openIncident = new OpenIncidentService(incidents, systems, events, transactions, clock);
    public final ListIncidents listIncidents = new ListIncidentsService(incidents);
    public final ListActiveIncidents listActiveIncidents = new ListActiveIncidentsService(incidents);
    public final ListRecentIncidents listRecentIncidents = new ListRecentIncidentsService(incidents, clock);
    public final ShowIncident showIncident = new ShowIncidentService(incidents);
    public final EditIncident editIncident = new EditIncidentService(incidents, systems, events, transactions, clock);
    public final DeleteIncident deleteIncident = new DeleteIncidentService(incidents, transactions);
    public final ChangeIncidentState changeIncidentState =
            new ChangeIncidentStateService(incidents, systems, events, transactions, clock);
    public final PostIncidentUpdate postIncidentUpdate =
            new PostIncidentUpdateService(incidents, systems, events, transactions, clock);
    public final AcknowledgeIncident acknowledgeIncident =
            new AcknowledgeIncidentService(incidents, systems, events, transactions, clock);
    public final ResolveIncident resolveIncident =
            new ResolveIncidentService(incidents, systems, events, transactions, clock);
    public final SweepAutomaticIncidents sweepAutomaticIncidents = new SweepAutomaticIncidentsService(systems,
            incidents, history, maintenanceWindows, events, transactions, clock);

    public final ScheduleMaintenance scheduleMaintenance = new ScheduleMaintenanceService(maintenanceWindows, systems,
            dependencies, log, events, transactions, clock);
    public final RescheduleMaintenance rescheduleMaintenance = new RescheduleMaintenanceService(maintenanceWindows,
            systems, dependencies, log, events, transactions, clock);
    public final CancelMaintenance cancelMaintenance = new CancelMaintenanceService(maintenanceWindows, systems,
            dependencies, log, events, transactions, clock);
    public final DeleteMaintenance deleteMaintenance =
            new DeleteMaintenanceService(maintenanceWindows, systems, dependencies, log, events, transactions, clock);
    public final ShowMaintenance showMaintenance = new ShowMaintenanceService(maintenanceWindows, clock);
    public final ListMaintenances listMaintenances = new ListMaintenancesService(maintenanceWindows, clock);
    public final ListActiveMaintenances listActiveMaintenances =
            new ListActiveMaintenancesService(maintenanceWindows, clock);
    public final ListUpcomingMaintenances listUpcomingMaintenances =
            new ListUpcomingMaintenancesService(maintenanceWindows, clock);
    public final ApplyMaintenanceWindows applyMaintenanceWindows = new ApplyMaintenanceWindowsService(
            maintenanceWindows, systems, dependencies, log, events, transactions, clock);

    public final TallyStatusDays tallyStatusDays = new TallyStatusDaysService(systems, dependencies, history, tallies,
            maintenanceWindows, transactions, clock);
    public final ShowOverallAnalytics showOverallAnalytics = new ShowOverallAnalyticsService(systems, dependencies,
            history, tallies, maintenanceWindows, incidents, clock);
    public final ShowSystemAnalytics showSystemAnalytics = new ShowSystemAnalyticsService(systems, dependencies,
            history, tallies, maintenanceWindows, incidents, clock);
    public final ShowDependencyAnalytics showDependencyAnalytics = new ShowDependencyAnalyticsService(systems,
            dependencies, history, tallies, maintenanceWindows, incidents, clock);

    public final ChangeSlaTarget changeSlaTarget = new ChangeSlaTargetService(systems, transactions, clock);
    public final ShowSlaStatus showSlaStatus = new ShowSlaStatusService(systems, dependencies, history, tallies,
            maintenanceWindows, clock);
    public final CreateSlaReport createSlaReport = new CreateSlaReportService(systems, dependencies, history, tallies,
            maintenanceWindows, slaReports, transactions, clock);
    public final ListSlaStatuses listSlaStatuses = new ListSlaStatusesService(systems, dependencies, history, tallies,
            maintenanceWindows, clock);
    public final ListSlaReports listSlaReports = new ListSlaReportsService(slaReports);
    public final ShowSlaReport showSlaReport = new ShowSlaReportService(slaReports);
    public final DeleteSlaReport deleteSlaReport = new DeleteSlaReportService(slaReports, transactions);
    public final ListSlaBreaches listSlaBreaches = new ListSlaBreachesService(slaBreaches, systems);
    public final AcknowledgeSlaBreach acknowledgeSlaBreach =
            new AcknowledgeSlaBreachService(slaBreaches, transactions, clock);
    public final EvaluateSlaBreaches evaluateSlaBreaches = new EvaluateSlaBreachesService(systems, dependencies,
            history, tallies, maintenanceWindows, slaBreaches, events, transactions, clock);

    // Issue 5: public counters, the status overview and the admin login.
    public final InMemoryCounters counters = new InMemoryCounters();
    public final SetCounter setCounter = new SetCounterService(counters, transactions, clock);
    public final RemoveCounter removeCounter = new RemoveCounterService(counters, transactions);
    public final ListCounters listCounters = new ListCountersService(counters);
    public final ShowStatusOverview showStatusOverview =
            new ShowStatusOverviewService(systems, dependencies, checks, counters, incidents, maintenanceWindows, clock);
    public final ShowStatusTrends showStatusTrends = new ShowStatusTrendsService(systems, dependencies, history,
            tallies, maintenanceWindows, incidents, checkHistory, clock);
    public final ShowSystemTrends showSystemTrends = new ShowSystemTrendsService(systems, dependencies, history,
            tallies, maintenanceWindows, incidents, checkHistory, clock);
    public final InMemoryAdminAccounts adminAccounts = new InMemoryAdminAccounts();
    public final InMemoryAdminSessions adminSessions = new InMemoryAdminSessions(adminAccounts);
    public final InMemoryLoginThrottles loginThrottles = new InMemoryLoginThrottles();
    public final FastPasswordHasher passwordHasher = new FastPasswordHasher();
    public final ProvisionAdminUser provisionAdminUser =
            new ProvisionAdminUserService(adminAccounts, adminSessions, passwordHasher, transactions, random, clock);
    public final LogIn logIn =
            new LogInService(adminAccounts, loginThrottles, adminSessions, passwordHasher, transactions, random, clock);
    public final ResumeSession resumeSession = new ResumeSessionService(adminSessions, transactions, clock);
    public final LogOut logOut = new LogOutService(adminSessions, transactions);

    // Backups (issue 7): export and import over the same fakes.
    public final InMemoryBackupStorage backupStorage = new InMemoryBackupStorage(new InMemoryBackupStorage.Stores(
            systems, dependencies, checks, checkHistory, log, tallies, incidents, maintenanceWindows, slaReports,
            slaBreaches, webhooks, outbox, counters, apiKeys));
    public final ExportBackup exportBackup = new ExportBackupService(new ExportBackupService.Sources(systems,
            dependencies, checks, incidents, maintenanceWindows, slaReports, slaBreaches, webhooks, counters, apiKeys),
            backupStorage, clock);
    public final ImportBackup importBackup = new ImportBackupService(new ImportBackupService.Targets(systems,
            dependencies, checks, incidents, maintenanceWindows, slaReports, slaBreaches, webhooks, counters, apiKeys),
            backupStorage, transactions, new BalancedParenthesesRegexSyntax(), random);

    // Metrics (issue 7)
    public final InMemoryOperationalCounts operationalCounts = new InMemoryOperationalCounts(checkHistory, incidents,
            slaBreaches, outbox);
    public final ShowMetrics showMetrics = new ShowMetricsService(systems, dependencies, checks, history, tallies,
            maintenanceWindows, operationalCounts, clock, ShowMetricsService.DEFAULT_MAX_AGE);

    // Ecosystem (issue 8): the maintenance windows the feeds, the calendar and the Statuspage-compatible API publish.
    public final ListPublicMaintenance listPublicMaintenance =
            new ListPublicMaintenanceService(systems, maintenanceWindows, clock);
}
