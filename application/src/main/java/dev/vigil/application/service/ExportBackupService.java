package dev.vigil.application.service;

import dev.vigil.application.port.in.backup.BackupHeader;
import dev.vigil.application.port.in.backup.BackupWriter;
import dev.vigil.application.port.in.backup.ExportBackup;
import dev.vigil.application.port.in.backup.ExportBackupQuery;
import dev.vigil.application.port.in.backup.ExportedDependency;
import dev.vigil.application.port.out.ApiKeys;
import dev.vigil.application.port.out.BackupStorage;
import dev.vigil.application.port.out.Checks;
import dev.vigil.application.port.out.Counters;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.Incidents;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.SlaBreaches;
import dev.vigil.application.port.out.SlaReports;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Webhooks;
import dev.vigil.domain.apikey.ApiKey;
import dev.vigil.domain.apikey.KeyOrigin;
import dev.vigil.domain.check.Check;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.sla.SlaReportSummary;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.MonitoredSystem;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/** Exports one consistent moment of the data; the status log and incidents are read page by page as they are written. */
public final class ExportBackupService implements ExportBackup {
    /** How many log entries (or incidents, windows) are read from storage at a time. */
    static final int PAGE = 1000;

    /** The repositories an export reads. */
    public record Sources(Systems systems, Dependencies dependencies, Checks checks, Incidents incidents,
                          MaintenanceWindows maintenances, SlaReports slaReports, SlaBreaches slaBreaches,
                          Webhooks webhooks, Counters counters, ApiKeys apiKeys) {
    }

    private final Sources sources;
    private final BackupStorage storage;
    private final Clock clock;

    public ExportBackupService(Sources sources, BackupStorage storage, Clock clock) {
        this.sources = sources;
        this.storage = storage;
        this.clock = clock;
    }

    @Override
    public void export(ExportBackupQuery query, BackupWriter writer) {
        storage.consistently(() -> {
            writer.begin(new BackupHeader(clock.instant(), query.includeSecrets(), query.logOnly()));
            if (query.logOnly()) {
                writer.statusLog(log());
                writer.end();
                return null;
            }
            writer.systems(sources.systems().all().stream()
                    .sorted(Comparator.comparingLong((MonitoredSystem s) -> s.id().value())));
            writer.dependencies(dependencies());
            writer.statusLog(log());
            writer.incidents(paged(page -> sources.incidents().page(PAGE, page * PAGE)));
            writer.maintenances(paged(page -> sources.maintenances().page(PAGE, page * PAGE)));
            writer.slaReports(sources.slaReports().latest(Integer.MAX_VALUE).stream().map(SlaReportSummary::id)
                    .map(id -> sources.slaReports().byId(id)).flatMap(Optional::stream));
            writer.slaBreaches(sources.slaBreaches().latest(false, Integer.MAX_VALUE).stream());
            writer.webhooks(sources.webhooks().all().stream());
            writer.counters(sources.counters().all().stream());
            if (query.includeSecrets()) {
                // The key VIGIL_ADMIN_KEY manages belongs to the environment, not to the data.
                writer.apiKeys(sources.apiKeys().all().stream().filter(k -> k.origin() != KeyOrigin.ENVIRONMENT)
                        .sorted(Comparator.comparingLong((ApiKey k) -> k.id().value())));
            }
            writer.end();
            return null;
        });
    }

    private Stream<ExportedDependency> dependencies() {
        List<Dependency> all = sources.dependencies().all().stream()
                .sorted(Comparator.comparingLong((Dependency d) -> d.id().value())).toList();
        Map<DependencyId, Check> checks = sources.checks().byDependencies(all.stream().map(Dependency::id).toList());
        return all.stream().map(d -> new ExportedDependency(d, Optional.ofNullable(checks.get(d.id()))));
    }

    private Stream<StatusLogEntry> log() {
        return Stream.iterate(storage.logAfter(0, PAGE), page -> !page.isEmpty(),
                        page -> page.size() < PAGE ? List.of() : storage.logAfter(page.get(page.size() - 1).id(), PAGE))
                .flatMap(List::stream);
    }

    private static <T> Stream<T> paged(IntFunction<List<T>> page) {
        int[] next = {0};
        return Stream.iterate(page.apply(next[0]++), p -> !p.isEmpty(),
                        p -> p.size() < PAGE ? List.of() : page.apply(next[0]++))
                .flatMap(List::stream);
    }
}
