package dev.vigil.application.port.in.check;

/**
 * Finds push checks whose ping is overdue and marks their dependencies missing (outage, reason {@code missing}),
 * publishing {@code HEARTBEAT_MISSING}. Returns how many went missing.
 */
public interface CheckHeartbeats {
    int checkOverdue();
}
