package dev.vigil.application.port.in.incident;

/**
 * Keeps automatic incidents in step with system statuses: opens one for a system that has been in outage longer than
 * its {@code auto_incident_after} (never during maintenance, never twice for one outage), adds an update at each later
 * status change, and resolves it when the system is operational again. Run every few seconds.
 */
public interface SweepAutomaticIncidents {
    /** What one sweep did. */
    record Sweep(int opened, int updated, int resolved) {
    }

    Sweep sweep();
}
