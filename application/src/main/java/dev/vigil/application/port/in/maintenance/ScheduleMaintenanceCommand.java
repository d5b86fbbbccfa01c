package dev.vigil.application.port.in.maintenance;

import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** A new maintenance window; no systems named means all systems. */
public record ScheduleMaintenanceCommand(String title, String description, Instant startsAt, Instant endsAt,
                                         Set<SystemId> systems) {
    public ScheduleMaintenanceCommand {
        description = description == null ? "" : description;
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        systems = Set.copyOf(systems);
    }
}
