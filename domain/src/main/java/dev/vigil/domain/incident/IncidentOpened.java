package dev.vigil.domain.incident;

import dev.vigil.domain.event.DomainEvent;
import dev.vigil.domain.event.EventType;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** An incident was opened, by a person or automatically; with the names of the systems it affects. */
public record IncidentOpened(IncidentId incident, String title, Impact impact, IncidentOrigin origin,
                             Set<SystemId> systems, List<String> systemNames, String message, Instant startedAt,
                             Instant occurredAt) implements DomainEvent {
    public IncidentOpened {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(origin, "origin");
        systems = Set.copyOf(systems);
        systemNames = List.copyOf(systemNames);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public EventType type() {
        return EventType.INCIDENT_OPENED;
    }

    @Override
    public String summary() {
        return "Incident #" + incident + " opened (" + impact.wireName() + ", " + origin.wireName() + "): " + title
                + IncidentEvents.affecting(systemNames) + IncidentEvents.said(message);
    }
}
