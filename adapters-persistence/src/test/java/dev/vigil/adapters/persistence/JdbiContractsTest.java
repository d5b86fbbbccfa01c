package dev.vigil.adapters.persistence;

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
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite adapters, each on a fresh database file, pass the same contracts as the in-memory fakes. */
class JdbiContractsTest {
    @TempDir
    Path folder;
    SqliteDatabase database;

    @BeforeEach
    void open() {
        database = SqliteDatabase.open(folder.resolve("vigil.db"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Nested
    class SystemsTest extends SystemsContract {
        @Override
        protected Systems systems() {
            return new JdbiSystems(database);
        }
    }

    @Nested
    class DependenciesTest extends DependenciesContract {
        @Override
        protected Systems systems() {
            return new JdbiSystems(database);
        }

        @Override
        protected Dependencies dependencies() {
            return new JdbiDependencies(database);
        }
    }

    @Nested
    class StatusLogTest extends StatusLogContract {
        @Override
        protected StatusLog log() {
            return new JdbiStatusLog(database);
        }
    }

    @Nested
    class ApiKeysTest extends ApiKeysContract {
        @Override
        protected ApiKeys keys() {
            return new JdbiApiKeys(database);
        }
    }

    // Notifications (issue 6)
    @Nested
    class WebhooksTest extends WebhooksContract {
        @Override
        protected Webhooks webhooks() {
            return new JdbiWebhooks(database);
        }
    }

    @Nested
    class OutboxTest extends OutboxContract {
        @Override
        protected Outbox outbox() {
            return new JdbiOutbox(database);
        }

        @Override
        protected Webhooks webhooks() {
            return new JdbiWebhooks(database);
        }
    }

    @Nested
    class ChecksTest extends ChecksContract {
        @Override
        protected Systems systems() {
            return new JdbiSystems(database);
        }

        @Override
        protected Dependencies dependencies() {
            return new JdbiDependencies(database);
        }

        @Override
        protected Checks checks() {
            return new JdbiChecks(database);
        }
    }

    @Nested
    class CheckHistoryTest extends CheckHistoryContract {
        @Override
        protected CheckHistory history() {
            return new JdbiCheckHistory(database);
        }
    }

    @Nested
    class IncidentsTest extends IncidentsContract {
        @Override
        protected Systems systems() {
            return new JdbiSystems(database);
        }

        @Override
        protected Incidents incidents() {
            return new JdbiIncidents(database);
        }
    }

    @Nested
    class MaintenanceWindowsTest extends MaintenanceWindowsContract {
        @Override
        protected MaintenanceWindows windows() {
            return new JdbiMaintenanceWindows(database);
        }
    }

    @Nested
    class StatusHistoryTest extends StatusHistoryContract {
        @Override
        protected StatusLog log() {
            return new JdbiStatusLog(database);
        }

        @Override
        protected StatusHistory history() {
            return new JdbiStatusHistory(database);
        }
    }

    @Nested
    class StatusTalliesTest extends StatusTalliesContract {
        @Override
        protected StatusTallies tallies() {
            return new JdbiStatusTallies(database);
        }
    }

    @Nested
    class SlaBreachesTest extends SlaBreachesContract {
        @Override
        protected SlaBreaches breaches() {
            return new JdbiSlaBreaches(database);
        }
    }

    @Nested
    class SlaReportsTest extends SlaReportsContract {
        @Override
        protected SlaReports reports() {
            return new JdbiSlaReports(database);
        }
    }

    @Nested
    class CountersTest extends CountersContract {
        @Override
        protected Counters counters() {
            return new JdbiCounters(database);
        }
    }

    @Nested
    class AdminAccountsTest extends AdminAccountsContract {
        @Override
        protected AdminAccounts accounts() {
            return new JdbiAdminAccounts(database);
        }
    }

    @Nested
    class AdminSessionsTest extends AdminSessionsContract {
        @Override
        protected AdminAccounts accounts() {
            return new JdbiAdminAccounts(database);
        }

        @Override
        protected AdminSessions sessions() {
            return new JdbiAdminSessions(database);
        }
    }

    @Nested
    class LoginThrottlesTest extends LoginThrottlesContract {
        @Override
        protected LoginThrottles throttles() {
            return new JdbiLoginThrottles(database);
        }
    }

    /** The real hasher with a small work factor; its default is checked in Pbkdf2PasswordHasherTest. */
    @Nested
    class PasswordHasherTest extends PasswordHasherContract {
        @Override
        protected PasswordHasher hasher() {
            return new Pbkdf2PasswordHasher(1_000);
        }
    }

    // Backups (issue 7)
    @Nested
    class BackupStorageTest extends BackupStorageContract {
        @Override
        protected BackupStorage storage() {
            return new JdbiBackupStorage(database);
        }

        @Override
        protected Stored stored() {
            return new Stored(new JdbiSystems(database), new JdbiDependencies(database), new JdbiChecks(database),
                    new JdbiStatusLog(database), new JdbiCheckHistory(database), new JdbiStatusTallies(database),
                    new JdbiIncidents(database), new JdbiMaintenanceWindows(database), new JdbiWebhooks(database),
                    new JdbiApiKeys(database));
        }
    }

    @Nested
    class OperationalCountsTest extends OperationalCountsContract {
        @Override
        protected OperationalCounts counts() {
            return new JdbiOperationalCounts(database);
        }

        @Override
        protected Stored stored() {
            return new Stored(new JdbiCheckHistory(database), new JdbiIncidents(database),
                    new JdbiSlaBreaches(database), new JdbiWebhooks(database), new JdbiOutbox(database));
        }
    }
}
