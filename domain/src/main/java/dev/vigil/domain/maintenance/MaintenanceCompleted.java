package dev.vigil.domain.maintenance;

import dev.vigil.domain.event.EventType;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A maintenance window is over: it ended at its end time, or it was cancelled ({@code cancelled}) while in
 * progress, or before it began ({@link #calledOff()}). {@code startsAt} and {@code endsAt} are the planned times.
 */
public record MaintenanceCompleted(MaintenanceId maintenance, String title, String description, Instant startsAt,
                                   Instant endsAt, boolean cancelled, boolean allSystems, Set<SystemId> systems,
                                   List<String> systemNames, Instant occurredAt) implements MaintenanceEvent {
    public MaintenanceCompleted {
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
        return EventType.MAINTENANCE_COMPLETED;
    }

    /** True when the window was cancelled before it began: it never took effect. */
    public boolean calledOff() {
        return cancelled && occurredAt.isBefore(startsAt);
    }

    @Override
    public String summary() {
        String what = calledOff() ? " called off: " : cancelled ? " cancelled early: " : " completed: ";
        return "Maintenance #" + maintenance + what + title + MaintenanceEvents.affecting(allSystems, systemNames);
    }
}
