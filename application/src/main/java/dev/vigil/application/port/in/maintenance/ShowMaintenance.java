package dev.vigil.application.port.in.maintenance;

import dev.vigil.domain.maintenance.MaintenanceId;

/** One maintenance window. */
public interface ShowMaintenance {
    MaintenanceSnapshot show(MaintenanceId id);
}
