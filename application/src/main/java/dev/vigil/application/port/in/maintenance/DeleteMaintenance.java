package dev.vigil.application.port.in.maintenance;

import dev.vigil.domain.maintenance.MaintenanceId;

/** Removes a window that never took effect. */
public interface DeleteMaintenance {
    void delete(MaintenanceId id);
}
