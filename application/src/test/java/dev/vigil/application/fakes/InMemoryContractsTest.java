package dev.vigil.application.fakes;

import dev.vigil.application.contract.AdminAccountsContract;
import dev.vigil.application.contract.AdminSessionsContract;
import dev.vigil.application.contract.ApiKeysContract;
import dev.vigil.application.contract.LoginThrottlesContract;
import dev.vigil.application.contract.PasswordHasherContract;
import dev.vigil.application.contract.CountersContract;
import dev.vigil.application.contract.DependenciesContract;
import dev.vigil.application.contract.StatusLogContract;
import dev.vigil.application.contract.SystemsContract;
import dev.vigil.application.port.out.AdminAccounts;
import dev.vigil.application.port.out.AdminSessions;
import dev.vigil.application.port.out.ApiKeys;
import dev.vigil.application.port.out.LoginThrottles;
import dev.vigil.application.port.out.PasswordHasher;
import dev.vigil.application.port.out.Counters;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.StatusLog;
import dev.vigil.application.port.out.Systems;
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
}
