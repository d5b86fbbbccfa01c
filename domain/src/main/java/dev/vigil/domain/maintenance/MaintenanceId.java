package dev.vigil.domain.maintenance;

/** The identity of a maintenance window: a positive integer. */
public record MaintenanceId(long value) {
    public MaintenanceId {
        if (value <= 0) {
            throw new IllegalArgumentException("maintenance id must be a positive integer");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
