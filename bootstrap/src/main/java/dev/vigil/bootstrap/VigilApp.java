package dev.vigil.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.adapters.notifications.LoggingEventPublisher;
import dev.vigil.adapters.persistence.JdbiAdminAccounts;
import dev.vigil.adapters.persistence.JdbiAdminSessions;
import dev.vigil.adapters.persistence.JdbiLoginThrottles;
import dev.vigil.adapters.persistence.Pbkdf2PasswordHasher;
import dev.vigil.adapters.web.admin.AdminControllers;
import dev.vigil.adapters.web.admin.AdminGuard;
import dev.vigil.adapters.web.admin.AdminPages;
import dev.vigil.adapters.web.admin.ApiKeysPageController;
import dev.vigil.adapters.web.admin.DashboardController;
import dev.vigil.adapters.web.admin.DependencyFormsController;
import dev.vigil.adapters.web.admin.LoginController;
import dev.vigil.adapters.web.admin.LogsPageController;
import dev.vigil.adapters.web.admin.SessionCookies;
import dev.vigil.adapters.web.admin.SystemPageController;
import dev.vigil.application.service.LogInService;
import dev.vigil.application.service.LogOutService;
import dev.vigil.application.service.ProvisionAdminUserService;
import dev.vigil.application.service.ResumeSessionService;
import dev.vigil.domain.account.AdminSession;
import dev.vigil.domain.account.Password;
import dev.vigil.adapters.persistence.JdbiApiKeys;
import dev.vigil.adapters.persistence.JdbiCounters;
import dev.vigil.adapters.persistence.JdbiDependencies;
import dev.vigil.adapters.persistence.JdbiStatusLog;
import dev.vigil.adapters.persistence.JdbiSystems;
import dev.vigil.adapters.persistence.JdbiTransactions;
import dev.vigil.adapters.persistence.SqliteDatabase;
import dev.vigil.adapters.web.ApiAuth;
import dev.vigil.adapters.web.Json;
import dev.vigil.adapters.web.JsonRequests;
import dev.vigil.adapters.web.PageControllers;
import dev.vigil.adapters.web.WebApp;
import dev.vigil.adapters.web.apikey.ApiKeyController;
import dev.vigil.adapters.web.asset.AssetController;
import dev.vigil.adapters.web.asset.Assets;
import dev.vigil.adapters.web.counter.CounterController;
import dev.vigil.adapters.web.dependency.DependencyController;
import dev.vigil.adapters.web.health.HealthController;
import dev.vigil.adapters.web.log.StatusLogController;
import dev.vigil.adapters.web.page.ErrorPages;
import dev.vigil.adapters.web.page.PageChrome;
import dev.vigil.adapters.web.page.StatusPageController;
import dev.vigil.adapters.web.page.StatusPages;
import dev.vigil.adapters.web.page.StatusSnapshots;
import dev.vigil.adapters.web.page.Templates;
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
import dev.vigil.application.service.ListCountersService;
import dev.vigil.application.service.ListDependenciesService;
import dev.vigil.application.service.ListSystemsService;
import dev.vigil.application.service.ProvisionAdminAccessService;
import dev.vigil.application.service.ReadStatusLogService;
import dev.vigil.application.service.RemoveCounterService;
import dev.vigil.application.service.RemoveDependencyService;
import dev.vigil.application.service.RevokeApiKeyService;
import dev.vigil.application.service.SetCounterService;
import dev.vigil.application.service.ShowStatusOverviewService;
import dev.vigil.application.service.ShowDependencyService;
import dev.vigil.application.service.ShowSystemService;
import dev.vigil.application.service.UpdateDependencyService;
import dev.vigil.application.service.UpdateSystemService;
import dev.vigil.domain.apikey.ApiKeySecret;
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
    /** Writes within this long of each other share one rebuild of the public status snapshot. */
    static final Duration SNAPSHOT_COALESCING = Duration.ofMillis(100);
    /** The snapshot is rebuilt at least this often, so generated_at stays recent. */
    static final Duration SNAPSHOT_MAX_AGE = Duration.ofSeconds(30);

    private final SqliteDatabase database;
    private final Javalin web;

    private VigilApp(SqliteDatabase database, Javalin web) {
        this.database = database;
        this.web = web;
    }

    /**
     * Opens and migrates the database, makes sure an administrator can get in (printing a generated key to
     * {@code console} once), then serves on the configured address.
     */
    public static VigilApp start(AppConfig config, Consumer<String> console, Clock clock) {
        SqliteDatabase database = SqliteDatabase.open(config.database());
        try {
            Javalin web = wire(database, config, console, clock).start(config.host(), config.port());
            LOG.info("Vigil serves on http://{}:{} with database {}", config.host(), web.port(), database.file());
            return new VigilApp(database, web);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static Javalin wire(SqliteDatabase database, AppConfig config, Consumer<String> console, Clock clock) {
        var systems = new JdbiSystems(database);
        var dependencies = new JdbiDependencies(database);
        var log = new JdbiStatusLog(database);
        var apiKeys = new JdbiApiKeys(database);
        var transactions = new CommitListeningTransactions(new JdbiTransactions(database));
        EventPublisher events = new LoggingEventPublisher();
        var random = new SecureRandom();

        new ProvisionAdminAccessService(apiKeys, transactions, random, clock)
                .provision(config.adminKey().map(ApiKeySecret::of))
                .ifPresent(secret -> console.accept(firstStartBanner(secret)));

        ObjectMapper mapper = Json.mapper();
        JsonRequests requests = new JsonRequests(mapper, config.maxBodyBytes());
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
                wirePages(database, transactions, mapper, requests, config, console, clock));
        return WebApp.create(controllers, new ApiAuth(new AuthenticateApiKeyService(apiKeys, transactions, clock)),
                mapper, config.maxBodyBytes());
    }

    /**
     * Issue 5: the public status page and its JSON, the counters they show, and the admin UI. The UI's forms call the
     * same use cases as the API; the admin user is provisioned here (a generated password is printed once).
     */
    private static PageControllers wirePages(SqliteDatabase database, CommitListeningTransactions transactions,
                                             ObjectMapper mapper, JsonRequests requests, AppConfig config,
                                             Consumer<String> console, Clock clock) {
        var systems = new JdbiSystems(database);
        var dependencies = new JdbiDependencies(database);
        var log = new JdbiStatusLog(database);
        var apiKeys = new JdbiApiKeys(database);
        var counters = new JdbiCounters(database);
        var accounts = new JdbiAdminAccounts(database);
        var sessions = new JdbiAdminSessions(database);
        var hasher = new Pbkdf2PasswordHasher();
        var random = new SecureRandom();
        EventPublisher events = new LoggingEventPublisher();

        new ProvisionAdminUserService(accounts, sessions, hasher, transactions, random, clock)
                .provision(config.adminPassword())
                .ifPresent(password -> console.accept(adminPasswordBanner(password)));

        Templates templates = Templates.precompiled();
        Assets assets = Assets.load();
        PageChrome chrome = assets.publicChrome("System status");
        var overview = new ShowStatusOverviewService(systems, dependencies, counters, clock);
        var snapshots = new StatusSnapshots(overview, new StatusPages(templates, mapper, chrome, config.refreshSeconds()),
                SNAPSHOT_COALESCING, SNAPSHOT_MAX_AGE);
        transactions.afterCommit(snapshots::markStale);

        var cookies = new SessionCookies(config.servedOverHttps(), AdminSession.LIFETIME);
        var guard = new AdminGuard(new ResumeSessionService(sessions, transactions, clock), cookies);
        var adminPages = new AdminPages(templates, assets, config.refreshSeconds());
        var systemPage = new SystemPageController(new ShowSystemService(systems),
                new ListDependenciesService(systems, dependencies), new ReadStatusLogService(systems, dependencies, log),
                new UpdateSystemService(systems, transactions, clock),
                new ChangeSystemStatusService(systems, dependencies, log, events, transactions, clock),
                new DeleteSystemService(systems, dependencies, transactions),
                new AddDependencyService(systems, dependencies, log, events, transactions, clock), adminPages);
        var admin = new AdminControllers(guard,
                new LoginController(new LogInService(accounts, new JdbiLoginThrottles(database), sessions, hasher,
                        transactions, random, clock), new LogOutService(sessions, transactions), guard, cookies, adminPages),
                new DashboardController(overview, new CreateSystemService(systems, transactions, clock), adminPages),
                systemPage,
                new DependencyFormsController(new ShowDependencyService(dependencies),
                        new UpdateDependencyService(systems, dependencies, log, events, transactions, clock),
                        new ChangeDependencyStatusService(systems, dependencies, log, events, transactions, clock),
                        new RemoveDependencyService(systems, dependencies, log, events, transactions, clock), systemPage),
                new LogsPageController(new ReadStatusLogService(systems, dependencies, log), overview, adminPages),
                new ApiKeysPageController(new CreateApiKeyService(apiKeys, transactions, random, clock),
                        new ListApiKeysService(apiKeys), new RevokeApiKeyService(apiKeys, transactions), adminPages, clock));
        return new PageControllers(
                new CounterController(new SetCounterService(counters, transactions, clock),
                        new RemoveCounterService(counters, transactions), new ListCountersService(counters), requests),
                new StatusPageController(snapshots), new AssetController(assets), new ErrorPages(templates, chrome),
                snapshots, admin);
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

    /** Stops serving, lets requests in flight finish, and closes the database. */
    @Override
    public void close() {
        web.stop();
        database.close();
        LOG.info("Vigil stopped");
    }
}
