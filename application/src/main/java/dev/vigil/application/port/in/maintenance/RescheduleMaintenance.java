package dev.vigil.application.port.in.maintenance;

/** Changes a maintenance window that has not ended. */
public interface RescheduleMaintenance {
    MaintenanceSnapshot reschedule(RescheduleMaintenanceCommand command);
}
