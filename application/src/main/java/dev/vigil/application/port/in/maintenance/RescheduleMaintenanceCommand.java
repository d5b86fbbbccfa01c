package dev.vigil.application.port.in.maintenance;

import dev.vigil.domain.maintenance.MaintenanceId;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The fields of a window to change; an empty field keeps its value. */
public record RescheduleMaintenanceCommand(MaintenanceId id, Optional<String> title, Optional<String> description,
                                           Optional<Instant> startsAt, Optional<Instant> endsAt,
                                           Optional<Set<SystemId>> systems) {
    public RescheduleMaintenanceCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(systems, "systems");
    }
}
