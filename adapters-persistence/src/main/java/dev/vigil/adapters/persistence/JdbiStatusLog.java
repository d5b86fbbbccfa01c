package dev.vigil.adapters.persistence;

import dev.vigil.application.port.out.StatusLog;
import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.status.StatusSource;
import java.util.List;
import java.util.Optional;

/** The status log in the {@code status_log} table. */
public final class JdbiStatusLog implements StatusLog {
    private final SqliteDatabase database;

    public JdbiStatusLog(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public StatusLogEntry append(StatusChange change) {
        long id = database.write(h -> h.attach(StatusLogDao.class).append(StatusLogRow.of(change)));
        return new StatusLogEntry(id, change);
    }

    @Override
    public List<StatusLogEntry> latest(int limit) {
        return database.read(h -> h.attach(StatusLogDao.class).latest(limit)).stream()
                .map(StatusLogRow::toDomain).toList();
    }

    @Override
    public List<StatusLogEntry> latestOfSystem(SystemId system, int limit) {
        return database.read(h -> h.attach(StatusLogDao.class).latestOfSystem(system.value(), limit)).stream()
                .map(StatusLogRow::toDomain).toList();
    }

    @Override
    public List<StatusLogEntry> latestFromSource(StatusSource source, Optional<SystemId> system,
                                                 Optional<DependencyId> dependency, int limit) {
        return database.read(h -> h.attach(StatusLogDao.class).latestFromSource(source.wireName(),
                        system.map(SystemId::value).orElse(null), dependency.map(DependencyId::value).orElse(null), limit))
                .stream().map(StatusLogRow::toDomain).toList();
    }

    @Override
    public List<StatusLogEntry> latestOfDependency(DependencyId dependency, int limit) {
        return database.read(h -> h.attach(StatusLogDao.class).latestOfDependency(dependency.value(), limit)).stream()
                .map(StatusLogRow::toDomain).toList();
    }
}
