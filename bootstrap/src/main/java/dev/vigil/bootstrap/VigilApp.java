package dev.vigil.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.adapters.notifications.DeliveryWorker;
import dev.vigil.adapters.notifications.HttpWebhookSender;
import dev.vigil.adapters.notifications.LoggingEventPublisher;
import dev.vigil.adapters.notifications.OutboxEventPublisher;
import dev.vigil.adapters.notifications.SenderSettings;
import dev.vigil.adapters.persistence.JdbiApiKeys;
import dev.vigil.adapters.persistence.JdbiDependencies;
import dev.vigil.adapters.persistence.JdbiOutbox;
import dev.vigil.adapters.persistence.JdbiStatusLog;
import dev.vigil.adapters.persistence.JdbiSystems;
import dev.vigil.adapters.persistence.JdbiTransactions;
import dev.vigil.adapters.persistence.JdbiWebhooks;
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
import dev.vigil.adapters.web.webhook.WebhookController;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.application.port.out.MaintenanceCalendar;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.application.service.AddDependencyService;
import dev.vigil.application.service.AttemptDeliveryService;
import dev.vigil.application.service.AuthenticateApiKeyService;
import dev.vigil.application.service.ChangeDependencyStatusService;
import dev.vigil.application.service.ChangeSystemStatusService;
import dev.vigil.application.service.ClaimDueDeliveriesService;
import dev.vigil.application.service.CreateApiKeyService;
import dev.vigil.application.service.CreateSystemService;
import dev.vigil.application.service.DeleteSystemService;
import dev.vigil.application.service.DeleteWebhookService;
import dev.vigil.application.service.ListApiKeysService;
import dev.vigil.application.service.ListDeliveriesService;
import dev.vigil.application.service.ListDependenciesService;
import dev.vigil.application.service.ListSystemsService;
import dev.vigil.application.service.ListWebhooksService;
import dev.vigil.application.service.ProvisionAdminAccessService;
import dev.vigil.application.service.PruneDeliveriesService;
import dev.vigil.application.service.QueueNotificationsService;
import dev.vigil.application.service.ReadStatusLogService;
import dev.vigil.application.service.RegisterWebhookService;
import dev.vigil.application.service.ReleaseDeliveryClaimsService;
import dev.vigil.application.service.RemoveDependencyService;
import dev.vigil.application.service.RetryDeliveryService;
import dev.vigil.application.service.RevokeApiKeyService;
import dev.vigil.application.service.ShowDependencyService;
import dev.vigil.application.service.ShowSystemService;
import dev.vigil.application.service.ShowWebhookService;
import dev.vigil.application.service.TestWebhookService;
import dev.vigil.application.service.UpdateDependencyService;
import dev.vigil.application.service.UpdateSystemService;
import dev.vigil.application.service.UpdateWebhookService;
import dev.vigil.domain.apikey.ApiKeySecret;
import dev.vigil.domain.outbound.OutboundPolicy;
import dev.vigil.domain.webhook.BackoffSchedule;
import dev.vigil.domain.webhook.Coalescing;
import io.javalin.Javalin;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Vigil assembled: the database, the adapters and every use case, serving HTTP until stopped. */
public final class VigilApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VigilApp.class);

    private final SqliteDatabase database;
    private final Javalin web;
    private final DeliveryWorker deliveries;

    private VigilApp(SqliteDatabase database, Javalin web, DeliveryWorker deliveries) {
        this.database = database;
        this.web = web;
        this.deliveries = deliveries;
    }

    /** What {@link #wire} builds: the server, and the background workers to start and stop with it. */
    private record Wired(Javalin web, DeliveryWorker deliveries) {
    }

    /**
     * Opens and migrates the database, makes sure an administrator can get in (printing a generated key to
     * {@code console} once), then serves on the configured address.
     */
    public static VigilApp start(AppConfig config, Consumer<String> console, Clock clock) {
        SqliteDatabase database = SqliteDatabase.open(config.database());
        try {
            Wired wired = wire(database, config, console, clock);
            Javalin web;
            try {
                web = wired.web().start(config.host(), config.port());
                wired.deliveries().start();
            } catch (RuntimeException e) {
                wired.web().stop();
                wired.deliveries().close();
                throw e;
            }
            LOG.info("Vigil serves on http://{}:{} with database {}", config.host(), web.port(), database.file());
            return new VigilApp(database, web, wired.deliveries());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static Wired wire(SqliteDatabase database, AppConfig config, Consumer<String> console, Clock clock) {
        var systems = new JdbiSystems(database);
        var dependencies = new JdbiDependencies(database);
        var log = new JdbiStatusLog(database);
        var apiKeys = new JdbiApiKeys(database);
        var transactions = new JdbiTransactions(database);
        var random = new SecureRandom();
        ObjectMapper mapper = Json.mapper();
        JsonRequests requests = new JsonRequests(mapper, config.maxBodyBytes());
        Notifications notifications = notifications(database, systems, transactions, config.notifications(), requests,
                random, clock);
        EventPublisher logging = new LoggingEventPublisher();
        EventPublisher events = event -> {
            logging.publish(event);
            notifications.outbox().publish(event);
        };

        new ProvisionAdminAccessService(apiKeys, transactions, random, clock)
                .provision(config.adminKey().map(ApiKeySecret::of))
                .ifPresent(secret -> console.accept(firstStartBanner(secret)));

        var controllers = new WebApp.Controllers(
                new SystemController(
                        new CreateSystemService(systems, transactions, clock),
                        new UpdateSystemService(systems, transactions, clock),
                        new DeleteSystemService(systems, dependencies, transactions),
                        new ChangeSystemStatusService(systems, dependencies, log, events, transactions, clock),
                        new ListSystemsService(systems),
                        new ShowSystemService(systems),
                        requests),
                new DependencyController(
                        new AddDependencyService(systems, dependencies, log, events, transactions, clock),
                        new UpdateDependencyService(systems, dependencies, log, events, transactions, clock),
                        new RemoveDependencyService(systems, dependencies, log, events, transactions, clock),
                        new ChangeDependencyStatusService(systems, dependencies, log, events, transactions, clock),
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
                notifications.controller());
        return new Wired(WebApp.create(controllers, new ApiAuth(new AuthenticateApiKeyService(apiKeys, transactions, clock)),
                mapper, config.maxBodyBytes()), notifications.worker());
    }

    /** Notifications (issue 6): the outbox every event goes into, the webhook API, and the worker that delivers. */
    private record Notifications(EventPublisher outbox, WebhookController controller, DeliveryWorker worker) {
    }

    private static Notifications notifications(SqliteDatabase database, Systems systems, Transactions transactions,
                                               NotificationSettings settings, JsonRequests requests,
                                               SecureRandom random, Clock clock) {
        var webhooks = new JdbiWebhooks(database);
        var outbox = new JdbiOutbox(database);
        // Where webhooks may send: the policy shared with checks (its admin deny and allow lists come with checks).
        OutboundPolicy policy = OutboundPolicy.DEFAULT;
        // The seam to maintenance windows: until they are wired in here, only a system set to maintenance by hand
        // silences notifications (recognised from the status it shows).
        MaintenanceCalendar maintenance = MaintenanceCalendar.NONE;
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
        var controller = new WebhookController(
                new RegisterWebhookService(webhooks, systems, policy, transactions, random, clock),
                new UpdateWebhookService(webhooks, systems, policy, transactions, clock),
                new DeleteWebhookService(webhooks, outbox, transactions),
                new ListWebhooksService(webhooks),
                new ShowWebhookService(webhooks),
                new TestWebhookService(webhooks, sender, clock),
                new ListDeliveriesService(webhooks, outbox),
                new RetryDeliveryService(outbox, transactions, clock),
                requests);
        return new Notifications(new OutboxEventPublisher(queue), controller, worker);
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

    /**
     * Stops serving, lets requests in flight finish, stops the delivery worker (sends still in flight after its
     * grace period go out again after the next start), and closes the database.
     */
    @Override
    public void close() {
        web.stop();
        deliveries.close();
        database.close();
        LOG.info("Vigil stopped");
    }
}
