package dev.vigil.application.port.in.status;

import dev.vigil.domain.maintenance.MaintenanceId;
import dev.vigil.domain.maintenance.MaintenanceState;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A maintenance window as the public sees it: its words and times, its state by the clock, and the public systems it
 * concerns (none: every system), with when it was announced and last changed.
 */
public record PublicMaintenance(MaintenanceId id, String title, String description, Instant startsAt, Instant endsAt,
                                MaintenanceState state, List<SystemId> systems, Instant createdAt, Instant updatedAt) {
    public PublicMaintenance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(state, "state");
        systems = List.copyOf(systems);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (state == MaintenanceState.CANCELLED) {
            throw new IllegalArgumentException("a cancelled window is not published");
        }
    }
}
