package dev.vigil.application.fakes;

import dev.vigil.application.contract.ApiKeysContract;
import dev.vigil.application.contract.DependenciesContract;
import dev.vigil.application.contract.StatusLogContract;
import dev.vigil.application.contract.IncidentsContract;
import dev.vigil.application.contract.MaintenanceWindowsContract;
import dev.vigil.application.contract.SlaBreachesContract;
import dev.vigil.application.contract.SlaReportsContract;
import dev.vigil.application.contract.StatusHistoryContract;
import dev.vigil.application.contract.StatusTalliesContract;
import dev.vigil.application.contract.SystemsContract;
import dev.vigil.application.port.out.ApiKeys;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.StatusLog;
import dev.vigil.application.port.out.Incidents;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.SlaBreaches;
import dev.vigil.application.port.out.SlaReports;
import dev.vigil.application.port.out.StatusHistory;
import dev.vigil.application.port.out.StatusTallies;
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
}
