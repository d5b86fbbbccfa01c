package dev.vigil.domain.log;

import dev.vigil.domain.event.DomainEvent;
import dev.vigil.domain.event.EventType;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A logged status change with the names of what changed, as they were when it happened. */
public record StatusChanged(StatusLogEntry entry, String systemName, Optional<String> dependencyName,
                            Optional<String> causeName) implements DomainEvent {
    public StatusChanged {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(systemName, "systemName");
        Objects.requireNonNull(dependencyName, "dependencyName");
        Objects.requireNonNull(causeName, "causeName");
    }

    @Override
    public EventType type() {
        return EventType.STATUS_CHANGE;
    }

    @Override
    public Instant occurredAt() {
        return entry.change().at();
    }

    @Override
    public Set<SystemId> systems() {
        return Set.of(entry.change().system());
    }

    @Override
    public String summary() {
        StatusChange c = entry.change();
        String subject = dependencyName.map(d -> systemName + " / " + d).orElse(systemName);
        String line = subject + ": " + c.from().wireName() + " -> " + c.to().wireName() + " (" + c.source().wireName();
        line += causeName.map(n -> ", caused by " + n).orElse("") + ")";
        return c.message().isEmpty() ? line : line + ": " + c.message().replaceAll("[\\r\\n\\t]+", " ");
    }
}
