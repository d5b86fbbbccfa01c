package dev.vigil.application.fakes;

import dev.vigil.application.port.out.BackupStorage;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.system.DependencyId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Backups over the other fakes. One moment of the data is whatever the fakes hold while the work runs. */
public final class InMemoryBackupStorage implements BackupStorage {
    /** The fakes a restore empties. */
    public record Stores(InMemorySystems systems, InMemoryDependencies dependencies, InMemoryChecks checks,
                         InMemoryCheckHistory checkHistory, InMemoryStatusLog log, InMemoryStatusTallies tallies,
                         InMemoryIncidents incidents, InMemoryMaintenanceWindows maintenances,
                         InMemorySlaReports slaReports, InMemorySlaBreaches slaBreaches, InMemoryWebhooks webhooks,
                         InMemoryOutbox outbox, InMemoryCounters counters, InMemoryApiKeys apiKeys) {
    }

    private final Stores stores;

    public InMemoryBackupStorage(Stores stores) {
        this.stores = stores;
    }

    @Override
    public <T> T consistently(Supplier<T> work) {
        return work.get();
    }

    @Override
    public List<StatusLogEntry> logAfter(long afterId, int limit) {
        return stores.log().after(afterId, limit);
    }

    @Override
    public Optional<Instant> restoreLog(List<StatusLogEntry> entries) {
        return stores.log().restore(entries);
    }

    @Override
    public void eraseAll() {
        stores.checks().clear();
        stores.dependencies().clear();
        stores.systems().clear();
        stores.checkHistory().clear();
        stores.log().clear();
        stores.tallies().forgetFrom(LocalDate.MIN);
        stores.incidents().clear();
        stores.maintenances().clear();
        stores.slaReports().clear();
        stores.slaBreaches().clear();
        stores.outbox().clear();
        stores.webhooks().clear();
        stores.counters().clear();
    }

    @Override
    public void forgetCheckHistory(Collection<DependencyId> dependencies) {
        stores.checkHistory().forget(Set.copyOf(dependencies));
    }

    @Override
    public void forgetTalliesFrom(LocalDate day) {
        stores.tallies().forgetFrom(day);
    }
}
