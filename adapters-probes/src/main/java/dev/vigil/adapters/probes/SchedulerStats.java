package dev.vigil.adapters.probes;

/**
 * What the scheduler has done since it started (or since its counters were reset): runs started and finished, runs
 * not started because the previous one still ran, checks spread out again after a pause, scheduling lag (how late
 * runs started) and what the result writer did.
 */
public record SchedulerStats(int checks, long started, long finished, long inFlight, long skippedWhileRunning,
                             long respread, long lagP50Ms, long lagP99Ms, long lagMaxMs, long resultsWritten,
                             long resultsDropped, long failedBatches, int resultsQueued) {
}
