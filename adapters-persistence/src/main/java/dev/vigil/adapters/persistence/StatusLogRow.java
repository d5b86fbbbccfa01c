package dev.vigil.adapters.persistence;

import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.status.StatusSource;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import java.util.Optional;

/** A row of the {@code status_log} table. */
public record StatusLogRow(long id, long systemId, Long dependencyId, String oldStatus, String newStatus,
                           String message, String source, Long causeDependencyId, long createdAt) {

    static StatusLogRow of(StatusChange c) {
        return new StatusLogRow(0, c.system().value(), c.dependency().map(DependencyId::value).orElse(null),
                Columns.name(c.from()), Columns.name(c.to()), c.message(), Columns.name(c.source()),
                c.cause().map(DependencyId::value).orElse(null), Columns.millis(c.at()));
    }

    StatusLogEntry toDomain() {
        return new StatusLogEntry(id, new StatusChange(new SystemId(systemId),
                Optional.ofNullable(dependencyId).map(DependencyId::new), Columns.enumOf(Status.class, oldStatus),
                Columns.enumOf(Status.class, newStatus), message, Columns.enumOf(StatusSource.class, source),
                Optional.ofNullable(causeDependencyId).map(DependencyId::new), Columns.instant(createdAt)));
    }
}
