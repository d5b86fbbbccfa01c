package dev.vigil.adapters.web.log;

import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.system.DependencyId;
import java.time.Instant;

/** A status log entry as the API shows it; {@code cause_dependency_id} names the dependency behind a roll-up. */
public record LogEntryResponse(long id, long systemId, Long dependencyId, String oldStatus, String newStatus,
                               String message, String source, Long causeDependencyId, Instant createdAt) {

    public static LogEntryResponse of(StatusLogEntry entry) {
        StatusChange c = entry.change();
        return new LogEntryResponse(entry.id(), c.system().value(), c.dependency().map(DependencyId::value).orElse(null),
                c.from().wireName(), c.to().wireName(), c.message(), c.source().wireName(),
                c.cause().map(DependencyId::value).orElse(null), c.at());
    }
}
