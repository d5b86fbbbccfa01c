package dev.vigil.application.port.in.maintenance;

/**
 * Applies the starts and ends of maintenance windows that are due: their systems' statuses are derived again (logged
 * with source {@code maintenance}) and people are told. Run every few seconds.
 */
public interface ApplyMaintenanceWindows {
    /** How many starts and ends were applied. */
    record Applied(int started, int ended) {
    }

    Applied apply();
}
