package dev.vigil.application.port.in.analytics;

/**
 * Tallies every subject's time per status for each UTC day that has closed (with a few minutes' grace) and is not
 * tallied yet, oldest first; at most {@value #MAX_DAYS_PER_RUN} days per run. Run every few minutes and at start.
 */
public interface TallyStatusDays {
    int MAX_DAYS_PER_RUN = 31;

    /** How many days were tallied. */
    int tallyClosedDays();
}
