package dev.vigil.domain.incident;

import dev.vigil.domain.event.DomainEvent;
import dev.vigil.domain.event.EventType;
import dev.vigil.domain.system.SystemId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** An incident was resolved, by a person or because its system recovered; with how long it lasted. */
public record IncidentResolved(IncidentId incident, String title, IncidentOrigin origin, Set<SystemId> systems,
                               List<String> systemNames, Duration lasted, String message, Instant occurredAt)
        implements DomainEvent {
    public IncidentResolved {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(origin, "origin");
        systems = Set.copyOf(systems);
        systemNames = List.copyOf(systemNames);
        Objects.requireNonNull(lasted, "lasted");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public EventType type() {
        return EventType.INCIDENT_RESOLVED;
    }

    @Override
    public String summary() {
        return "Incident #" + incident + " resolved after " + IncidentEvents.human(lasted) + ": " + title
                + IncidentEvents.affecting(systemNames) + IncidentEvents.said(message);
    }
}
