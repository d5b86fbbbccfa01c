package dev.vigil.application.port.in.maintenance;

/** Plans a maintenance window. */
public interface ScheduleMaintenance {
    MaintenanceSnapshot schedule(ScheduleMaintenanceCommand command);
}
