package dev.vigil.domain.maintenance;

import dev.vigil.domain.event.EventType;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A maintenance window was scheduled, or rescheduled ({@code rescheduled}). {@code systems} lists every system it
 * concerns, all of them when the window names none ({@code allSystems}).
 */
public record MaintenanceScheduled(MaintenanceId maintenance, String title, String description, Instant startsAt,
                                   Instant endsAt, boolean allSystems, Set<SystemId> systems,
                                   List<String> systemNames, boolean rescheduled, Instant occurredAt)
        implements MaintenanceEvent {
    public MaintenanceScheduled {
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
        return EventType.MAINTENANCE_SCHEDULED;
    }

    @Override
    public String summary() {
        return "Maintenance #" + maintenance + (rescheduled ? " rescheduled" : " scheduled") + ": " + title + " from "
                + startsAt + " to " + endsAt + MaintenanceEvents.affecting(allSystems, systemNames);
    }
}
