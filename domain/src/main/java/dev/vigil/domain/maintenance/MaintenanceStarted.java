package dev.vigil.domain.maintenance;

import dev.vigil.domain.event.EventType;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A maintenance window began: its systems now show maintenance until {@code endsAt}. */
public record MaintenanceStarted(MaintenanceId maintenance, String title, String description, Instant startsAt,
                                 Instant endsAt, boolean allSystems, Set<SystemId> systems, List<String> systemNames,
                                 Instant occurredAt) implements MaintenanceEvent {
    public MaintenanceStarted {
        Objects.requireNonNull(maintenance, "maintenance");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        systems = Set.copyOf(systems);
        systemNames = List.copyOf(systemNames);
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public EventType type() {
        return EventType.MAINTENANCE_STARTED;
    }

    @Override
    public String summary() {
        return "Maintenance #" + maintenance + " started: " + title + " until " + endsAt
                + MaintenanceEvents.affecting(allSystems, systemNames);
    }
}
