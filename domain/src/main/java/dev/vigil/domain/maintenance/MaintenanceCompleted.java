package dev.vigil.domain.maintenance;

import dev.vigil.domain.event.DomainEvent;
import dev.vigil.domain.event.EventType;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A maintenance window in progress ended, at its end time or because it was cancelled early ({@code cancelled}). */
public record MaintenanceCompleted(MaintenanceId maintenance, String title, boolean cancelled, boolean allSystems,
                                   Set<SystemId> systems, List<String> systemNames, Instant occurredAt)
        implements DomainEvent {
    public MaintenanceCompleted {
        Objects.requireNonNull(maintenance, "maintenance");
        Objects.requireNonNull(title, "title");
        systems = Set.copyOf(systems);
        systemNames = List.copyOf(systemNames);
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public EventType type() {
        return EventType.MAINTENANCE_COMPLETED;
    }

    @Override
    public String summary() {
        return "Maintenance #" + maintenance + (cancelled ? " cancelled early: " : " completed: ") + title
                + MaintenanceEvents.affecting(allSystems, systemNames);
    }
}
