package dev.vigil.adapters.persistence;

import dev.vigil.application.port.out.StatusHistory;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.uptime.Subject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code status_log} table read as timelines. */
public final class JdbiStatusHistory implements StatusHistory {
    private final SqliteDatabase database;

    public JdbiStatusHistory(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public List<StatusLogEntry> between(Instant from, Instant to) {
        return database.read(h -> h.attach(StatusHistoryDao.class).between(Columns.millis(from), Columns.millis(to)))
                .stream().map(StatusLogRow::toDomain).toList();
    }

    @Override
    public Optional<StatusLogEntry> firstAbout(Subject subject, Instant at) {
        return database.read(h -> {
            StatusHistoryDao dao = h.attach(StatusHistoryDao.class);
            return subject.kind() == Subject.Kind.SYSTEM
                    ? dao.firstOfSystem(subject.id(), Columns.millis(at))
                    : dao.firstOfDependency(subject.id(), Columns.millis(at));
        }).map(StatusLogRow::toDomain);
    }

    @Override
    public Optional<StatusLogEntry> lastSystemChange(SystemId system) {
        return database.read(h -> h.attach(StatusHistoryDao.class).lastSystemChange(system.value()))
                .map(StatusLogRow::toDomain);
    }

    @Override
    public List<StatusLogEntry> systemChangesAfter(SystemId system, long afterEntry, int limit) {
        return database.read(h -> h.attach(StatusHistoryDao.class).systemChangesAfter(system.value(), afterEntry,
                limit)).stream().map(StatusLogRow::toDomain).toList();
    }
}
