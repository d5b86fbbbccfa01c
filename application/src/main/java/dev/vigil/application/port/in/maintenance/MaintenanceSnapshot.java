package dev.vigil.application.port.in.maintenance;

import dev.vigil.domain.maintenance.MaintenanceState;
import dev.vigil.domain.maintenance.MaintenanceWindow;
import java.util.Objects;

/** A maintenance window with its state as of the moment it was read. */
public record MaintenanceSnapshot(MaintenanceWindow window, MaintenanceState state) {
    public MaintenanceSnapshot {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(state, "state");
    }
}
