package dev.vigil.domain.check;

import static java.time.temporal.ChronoUnit.MILLIS;

import dev.vigil.domain.event.DomainEvent;
import dev.vigil.domain.event.EventType;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A push check's dependency sent no ping in time, with the names as they were when it happened. */
public record HeartbeatMissing(SystemId system, DependencyId dependency, String systemName, String dependencyName,
                               Optional<Instant> lastPingAt, Instant dueBy, Instant occurredAt) implements DomainEvent {
    public HeartbeatMissing {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(dependency, "dependency");
        Objects.requireNonNull(systemName, "systemName");
        Objects.requireNonNull(dependencyName, "dependencyName");
        Objects.requireNonNull(lastPingAt, "lastPingAt");
        Objects.requireNonNull(dueBy, "dueBy");
        occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(MILLIS);
    }

    @Override
    public EventType type() {
        return EventType.HEARTBEAT_MISSING;
    }

    @Override
    public Set<SystemId> systems() {
        return Set.of(system);
    }

    @Override
    public String summary() {
        return systemName + " / " + dependencyName + ": heartbeat missing (" + lastPingAt.map(t -> "last ping " + t)
                .orElse("never pinged") + ", due by " + dueBy + ")";
    }
}
