package dev.vigil.adapters.persistence;

import dev.vigil.application.port.out.BackupStorage;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.system.DependencyId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Backups on the SQLite database: snapshots for exports, the log under its own ids, and emptying for restores. */
public final class JdbiBackupStorage implements BackupStorage {
    /**
     * What a restore empties, children before parents. Deleting webhooks deletes their deliveries (and their events'
     * links and attempts); dependencies take their checks and incidents their updates with them.
     */
    private static final List<String> ERASE = List.of(
            "DELETE FROM webhooks",
            "DELETE FROM notification_events",
            "DELETE FROM dependencies",
            "DELETE FROM systems",
            "DELETE FROM check_results",
            "DELETE FROM check_hourly",
            "DELETE FROM check_daily",
            "DELETE FROM check_result_totals",
            "DELETE FROM status_log",
            "DELETE FROM status_day_tallies",
            "DELETE FROM status_tallied_days",
            "DELETE FROM incidents",
            "DELETE FROM maintenances",
            "DELETE FROM sla_reports",
            "DELETE FROM sla_breaches",
            "DELETE FROM counters");

    private final SqliteDatabase database;

    public JdbiBackupStorage(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public <T> T consistently(Supplier<T> work) {
        return database.readConsistently(h -> work.get());
    }

    @Override
    public List<StatusLogEntry> logAfter(long afterId, int limit) {
        return database.read(h -> h.attach(BackupDao.class).logAfter(afterId, limit)).stream()
                .map(StatusLogRow::toDomain).toList();
    }

    @Override
    public Optional<Instant> restoreLog(List<StatusLogEntry> entries) {
        return database.write(h -> {
            BackupDao dao = h.attach(BackupDao.class);
            Instant earliest = null;
            for (int i = 0; i < entries.size(); i += Chunks.SIZE) {
                List<StatusLogEntry> chunk = entries.subList(i, Math.min(entries.size(), i + Chunks.SIZE));
                Map<Long, StatusLogEntry> stored = new HashMap<>();
                dao.logByIds(chunk.stream().map(StatusLogEntry::id).toList())
                        .forEach(r -> stored.put(r.id(), r.toDomain()));
                List<StatusLogRow> changed = new ArrayList<>();
                for (StatusLogEntry entry : chunk) {
                    StatusLogEntry before = stored.get(entry.id());
                    if (entry.equals(before)) {
                        continue;
                    }
                    changed.add(row(entry));
                    Instant at = before == null || entry.change().at().isBefore(before.change().at())
                            ? entry.change().at() : before.change().at();
                    earliest = earliest == null || at.isBefore(earliest) ? at : earliest;
                }
                if (!changed.isEmpty()) {
                    dao.upsertLog(changed);
                }
            }
            return Optional.ofNullable(earliest);
        });
    }

    private static StatusLogRow row(StatusLogEntry entry) {
        StatusLogRow r = StatusLogRow.of(entry.change());
        return new StatusLogRow(entry.id(), r.systemId(), r.dependencyId(), r.oldStatus(), r.newStatus(), r.message(),
                r.source(), r.causeDependencyId(), r.createdAt());
    }

    @Override
    public void eraseAll() {
        database.write(h -> {
            ERASE.forEach(h::execute);
            return null;
        });
    }

    @Override
    public void forgetCheckHistory(Collection<DependencyId> dependencies) {
        List<Long> ids = dependencies.stream().map(DependencyId::value).distinct().toList();
        database.write(h -> {
            BackupDao dao = h.attach(BackupDao.class);
            for (int i = 0; i < ids.size(); i += Chunks.SIZE) {
                List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + Chunks.SIZE));
                dao.forgetRawResults(chunk);
                dao.forgetHourlyResults(chunk);
                dao.forgetDailyResults(chunk);
                dao.forgetResultTotals(chunk);
            }
            return null;
        });
    }

    @Override
    public void forgetTalliesFrom(LocalDate day) {
        database.write(h -> {
            BackupDao dao = h.attach(BackupDao.class);
            dao.forgetTallies(day.toEpochDay());
            dao.forgetTalliedDays(day.toEpochDay());
            return null;
        });
    }
}
