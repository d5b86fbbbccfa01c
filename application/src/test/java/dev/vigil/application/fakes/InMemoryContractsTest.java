package dev.vigil.application.fakes;

import dev.vigil.application.contract.AdminAccountsContract;
import dev.vigil.application.contract.AdminSessionsContract;
import dev.vigil.application.contract.ApiKeysContract;
import dev.vigil.application.contract.BackupStorageContract;
import dev.vigil.application.contract.CheckHistoryContract;
import dev.vigil.application.contract.ChecksContract;
import dev.vigil.application.contract.CountersContract;
import dev.vigil.application.contract.DependenciesContract;
import dev.vigil.application.contract.IncidentsContract;
import dev.vigil.application.contract.LoginThrottlesContract;
import dev.vigil.application.contract.MaintenanceWindowsContract;
import dev.vigil.application.contract.OperationalCountsContract;
import dev.vigil.application.contract.OutboxContract;
import dev.vigil.application.contract.PasswordHasherContract;
import dev.vigil.application.contract.SlaBreachesContract;
import dev.vigil.application.contract.SlaReportsContract;
import dev.vigil.application.contract.StatusHistoryContract;
import dev.vigil.application.contract.StatusLogContract;
import dev.vigil.application.contract.StatusTalliesContract;
import dev.vigil.application.contract.SystemsContract;
import dev.vigil.application.contract.WebhooksContract;
import dev.vigil.application.port.out.AdminAccounts;
import dev.vigil.application.port.out.AdminSessions;
import dev.vigil.application.port.out.ApiKeys;
import dev.vigil.application.port.out.BackupStorage;
import dev.vigil.application.port.out.CheckHistory;
import dev.vigil.application.port.out.Checks;
import dev.vigil.application.port.out.Counters;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.Incidents;
import dev.vigil.application.port.out.LoginThrottles;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.OperationalCounts;
import dev.vigil.application.port.out.Outbox;
import dev.vigil.application.port.out.PasswordHasher;
import dev.vigil.application.port.out.SlaBreaches;
import dev.vigil.application.port.out.SlaReports;
import dev.vigil.application.port.out.StatusHistory;
import dev.vigil.application.port.out.StatusLog;
import dev.vigil.application.port.out.StatusTallies;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Webhooks;
import org.junit.jupiter.api.Nested;

/** The fakes pass the same contracts as the SQLite adapters, so tests built on them tell the truth. */
class InMemoryContractsTest {

    @Nested
    class SystemsTest extends SystemsContract {
        private final InMemorySystems systems = new InMemorySystems();

        @Override
        protected Systems systems() {
            return systems;
        }
    }

    @Nested
    class DependenciesTest extends DependenciesContract {
        private final InMemorySystems systems = new InMemorySystems();
        private final InMemoryDependencies dependencies = new InMemoryDependencies(systems);

        @Override
        protected Systems systems() {
            return systems;
        }

        @Override
        protected Dependencies dependencies() {
            return dependencies;
        }
    }

    @Nested
    class StatusLogTest extends StatusLogContract {
        private final InMemoryStatusLog log = new InMemoryStatusLog();

        @Override
        protected StatusLog log() {
            return log;
        }
    }

    @Nested
    class ApiKeysTest extends ApiKeysContract {
        private final InMemoryApiKeys keys = new InMemoryApiKeys();

        @Override
        protected ApiKeys keys() {
            return keys;
        }
    }

    // Notifications (issue 6)
    @Nested
    class WebhooksTest extends WebhooksContract {
        private final InMemoryWebhooks webhooks = new InMemoryWebhooks();

        @Override
        protected Webhooks webhooks() {
            return webhooks;
        }
    }

    @Nested
    class OutboxTest extends OutboxContract {
        private final InMemoryWebhooks webhooks = new InMemoryWebhooks();
        private final InMemoryOutbox outbox = new InMemoryOutbox();

        @Override
        protected Outbox outbox() {
            return outbox;
        }

        @Override
        protected Webhooks webhooks() {
            return webhooks;
        }
    }

    @Nested
    class ChecksTest extends ChecksContract {
        private final InMemorySystems systems = new InMemorySystems();
        private final InMemoryDependencies dependencies = new InMemoryDependencies(systems);
        private final InMemoryChecks checks = new InMemoryChecks(dependencies);

        @Override
        protected Systems systems() {
            return systems;
        }

        @Override
        protected Dependencies dependencies() {
            return dependencies;
        }

        @Override
        protected Checks checks() {
            return checks;
        }
    }

    @Nested
    class CheckHistoryTest extends CheckHistoryContract {
        private final InMemoryCheckHistory history = new InMemoryCheckHistory();

        @Override
        protected CheckHistory history() {
            return history;
        }
    }

    @Nested
    class IncidentsTest extends IncidentsContract {
        private final InMemorySystems systems = new InMemorySystems();
        private final InMemoryIncidents incidents = new InMemoryIncidents();

        @Override
        protected Systems systems() {
            return systems;
        }

        @Override
        protected Incidents incidents() {
            return incidents;
        }
    }

    @Nested
    class MaintenanceWindowsTest extends MaintenanceWindowsContract {
        private final InMemoryMaintenanceWindows windows = new InMemoryMaintenanceWindows();

        @Override
        protected MaintenanceWindows windows() {
            return windows;
        }
    }

    @Nested
    class StatusHistoryTest extends StatusHistoryContract {
        private final InMemoryStatusLog log = new InMemoryStatusLog();

        @Override
        protected StatusLog log() {
            return log;
        }

        @Override
        protected StatusHistory history() {
            return new InMemoryStatusHistory(log);
        }
    }

    @Nested
    class StatusTalliesTest extends StatusTalliesContract {
        private final InMemoryStatusTallies tallies = new InMemoryStatusTallies();

        @Override
        protected StatusTallies tallies() {
            return tallies;
        }
    }

    @Nested
    class SlaBreachesTest extends SlaBreachesContract {
        private final InMemorySlaBreaches breaches = new InMemorySlaBreaches();

        @Override
        protected SlaBreaches breaches() {
            return breaches;
        }
    }

    @Nested
    class SlaReportsTest extends SlaReportsContract {
        private final InMemorySlaReports reports = new InMemorySlaReports();

        @Override
        protected SlaReports reports() {
            return reports;
        }
    }

    @Nested
    class CountersTest extends CountersContract {
        private final InMemoryCounters counters = new InMemoryCounters();

        @Override
        protected Counters counters() {
            return counters;
        }
    }

    @Nested
    class AdminAccountsTest extends AdminAccountsContract {
        private final InMemoryAdminAccounts accounts = new InMemoryAdminAccounts();

        @Override
        protected AdminAccounts accounts() {
            return accounts;
        }
    }

    @Nested
    class AdminSessionsTest extends AdminSessionsContract {
        private final InMemoryAdminAccounts accounts = new InMemoryAdminAccounts();
        private final InMemoryAdminSessions sessions = new InMemoryAdminSessions(accounts);

        @Override
        protected AdminAccounts accounts() {
            return accounts;
        }

        @Override
        protected AdminSessions sessions() {
            return sessions;
        }
    }

    @Nested
    class LoginThrottlesTest extends LoginThrottlesContract {
        private final InMemoryLoginThrottles throttles = new InMemoryLoginThrottles();

        @Override
        protected LoginThrottles throttles() {
            return throttles;
        }
    }

    @Nested
    class PasswordHasherTest extends PasswordHasherContract {
        private final FastPasswordHasher hasher = new FastPasswordHasher();

        @Override
        protected PasswordHasher hasher() {
            return hasher;
        }
    }

    // Backups (issue 7)
    @Nested
    class BackupStorageTest extends BackupStorageContract {
        private final InMemoryVigil vigil = new InMemoryVigil();

        @Override
        protected BackupStorage storage() {
            return vigil.backupStorage;
        }

        @Override
        protected Stored stored() {
            return new Stored(vigil.systems, vigil.dependencies, vigil.checks, vigil.log, vigil.checkHistory,
                    vigil.tallies, vigil.incidents, vigil.maintenanceWindows, vigil.webhooks, vigil.apiKeys);
        }
    }

    @Nested
    class OperationalCountsTest extends OperationalCountsContract {
        private final InMemoryVigil vigil = new InMemoryVigil();

        @Override
        protected OperationalCounts counts() {
            return vigil.operationalCounts;
        }

        @Override
        protected Stored stored() {
            return new Stored(vigil.checkHistory, vigil.incidents, vigil.slaBreaches, vigil.webhooks, vigil.outbox);
        }
    }
}
