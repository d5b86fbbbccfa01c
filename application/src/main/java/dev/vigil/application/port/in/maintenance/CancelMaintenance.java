package dev.vigil.application.port.in.maintenance;

import dev.vigil.domain.maintenance.MaintenanceId;

/** Calls a window off; one in progress ends now and its systems leave maintenance. */
public interface CancelMaintenance {
    MaintenanceSnapshot cancel(MaintenanceId id);
}
