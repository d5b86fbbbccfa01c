package dev.vigil.domain.maintenance;

import java.util.Locale;

/** Where a maintenance window stands, derived from the clock unless it was cancelled. */
public enum MaintenanceState {
    SCHEDULED, IN_PROGRESS, COMPLETED, CANCELLED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
