package dev.vigil.domain.incident;

import dev.vigil.domain.event.DomainEvent;
import dev.vigil.domain.event.EventType;
import dev.vigil.domain.system.SystemId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An incident was resolved, by a person or because its system recovered: when it started, when it was resolved
 * (for a recovery, the moment the system recovered), and the closing message when the public may read it (else
 * empty).
 */
public record IncidentResolved(IncidentId incident, String title, Impact impact, IncidentOrigin origin,
                               Set<SystemId> systems, List<String> systemNames, Instant startedAt,
                               Instant resolvedAt, String message, Instant occurredAt) implements DomainEvent {
    public IncidentResolved {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(origin, "origin");
        systems = Set.copyOf(systems);
        systemNames = List.copyOf(systemNames);
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** How long the incident lasted. */
    public Duration lasted() {
        return resolvedAt.isBefore(startedAt) ? Duration.ZERO : Duration.between(startedAt, resolvedAt);
    }

    @Override
    public EventType type() {
        return EventType.INCIDENT_RESOLVED;
    }

    @Override
    public String summary() {
        return "Incident #" + incident + " resolved after " + IncidentEvents.human(lasted()) + ": " + title
                + IncidentEvents.affecting(systemNames) + IncidentEvents.said(message);
    }
}
