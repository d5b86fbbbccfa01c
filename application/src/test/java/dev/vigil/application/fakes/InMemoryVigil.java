package dev.vigil.application.fakes;

import dev.vigil.application.port.in.account.LogIn;
import dev.vigil.application.port.in.account.LogOut;
import dev.vigil.application.port.in.account.ProvisionAdminUser;
import dev.vigil.application.port.in.account.ResumeSession;
import dev.vigil.application.port.in.apikey.AuthenticateApiKey;
import dev.vigil.application.port.in.apikey.CreateApiKey;
import dev.vigil.application.port.in.apikey.ListApiKeys;
import dev.vigil.application.port.in.apikey.ProvisionAdminAccess;
import dev.vigil.application.port.in.apikey.RevokeApiKey;
import dev.vigil.application.port.in.counter.ListCounters;
import dev.vigil.application.port.in.counter.RemoveCounter;
import dev.vigil.application.port.in.counter.SetCounter;
import dev.vigil.application.port.in.dependency.AddDependency;
import dev.vigil.application.port.in.dependency.ChangeDependencyStatus;
import dev.vigil.application.port.in.dependency.ListDependencies;
import dev.vigil.application.port.in.dependency.RemoveDependency;
import dev.vigil.application.port.in.dependency.ShowDependency;
import dev.vigil.application.port.in.dependency.UpdateDependency;
import dev.vigil.application.port.in.log.ReadStatusLog;
import dev.vigil.application.port.in.status.ShowStatusOverview;
import dev.vigil.application.port.in.system.ChangeSystemStatus;
import dev.vigil.application.port.in.system.CreateSystem;
import dev.vigil.application.port.in.system.DeleteSystem;
import dev.vigil.application.port.in.system.ListSystems;
import dev.vigil.application.port.in.system.ShowSystem;
import dev.vigil.application.port.in.system.UpdateSystem;
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
import dev.vigil.application.service.ListCountersService;
import dev.vigil.application.service.RemoveCounterService;
import dev.vigil.application.service.SetCounterService;
import dev.vigil.application.service.ShowStatusOverviewService;
import dev.vigil.application.service.LogInService;
import dev.vigil.application.service.LogOutService;
import dev.vigil.application.service.ProvisionAdminUserService;
import dev.vigil.application.service.ResumeSessionService;
import java.security.SecureRandom;

/** Every use case wired to in-memory fakes and a clock the test controls. */
public final class InMemoryVigil {
    public final MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");
    public final InMemorySystems systems = new InMemorySystems();
    public final InMemoryDependencies dependencies = new InMemoryDependencies(systems);
    public final InMemoryStatusLog log = new InMemoryStatusLog();
    public final InMemoryApiKeys apiKeys = new InMemoryApiKeys();
    public final InMemoryTransactions transactions = new InMemoryTransactions();
    public final RecordingEventPublisher events = new RecordingEventPublisher();
    private final SecureRandom random = new SecureRandom();

    public final CreateSystem createSystem = new CreateSystemService(systems, transactions, clock);
    public final UpdateSystem updateSystem = new UpdateSystemService(systems, transactions, clock);
    public final DeleteSystem deleteSystem = new DeleteSystemService(systems, dependencies, transactions);
    public final ChangeSystemStatus changeSystemStatus =
            new ChangeSystemStatusService(systems, dependencies, log, events, transactions, clock);
    public final ListSystems listSystems = new ListSystemsService(systems);
    public final ShowSystem showSystem = new ShowSystemService(systems);
    public final AddDependency addDependency =
            new AddDependencyService(systems, dependencies, log, events, transactions, clock);
    public final UpdateDependency updateDependency =
            new UpdateDependencyService(systems, dependencies, log, events, transactions, clock);
    public final RemoveDependency removeDependency =
            new RemoveDependencyService(systems, dependencies, log, events, transactions, clock);
    public final ChangeDependencyStatus changeDependencyStatus =
            new ChangeDependencyStatusService(systems, dependencies, log, events, transactions, clock);
    public final ListDependencies listDependencies = new ListDependenciesService(systems, dependencies);
    public final ShowDependency showDependency = new ShowDependencyService(dependencies);
    public final ReadStatusLog readStatusLog = new ReadStatusLogService(systems, dependencies, log);
    public final CreateApiKey createApiKey = new CreateApiKeyService(apiKeys, transactions, random, clock);
    public final ListApiKeys listApiKeys = new ListApiKeysService(apiKeys);
    public final RevokeApiKey revokeApiKey = new RevokeApiKeyService(apiKeys, transactions);
    public final AuthenticateApiKey authenticateApiKey = new AuthenticateApiKeyService(apiKeys, transactions, clock);
    public final ProvisionAdminAccess provisionAdminAccess =
            new ProvisionAdminAccessService(apiKeys, transactions, random, clock);

    // Issue 5: public counters, the status overview and the admin login.
    public final InMemoryCounters counters = new InMemoryCounters();
    public final SetCounter setCounter = new SetCounterService(counters, transactions, clock);
    public final RemoveCounter removeCounter = new RemoveCounterService(counters, transactions);
    public final ListCounters listCounters = new ListCountersService(counters);
    public final ShowStatusOverview showStatusOverview =
            new ShowStatusOverviewService(systems, dependencies, counters, clock);
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
}
