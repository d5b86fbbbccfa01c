package dev.vigil.domain.check;

import dev.vigil.domain.status.Status;

/**
 * How many results in a row move a checked dependency between statuses: 1 to {@code failureThreshold - 1}
 * consecutive failures degrade it, {@code failureThreshold} failures make it an outage, and
 * {@code successThreshold} good results in a row make it operational again.
 */
public record CheckThresholds(int failureThreshold, int successThreshold) {
    public static final int MAX = 100;
    public static final CheckThresholds DEFAULT = new CheckThresholds(3, 1);

    public CheckThresholds {
        if (failureThreshold < 1 || failureThreshold > MAX) {
            throw new IllegalArgumentException("failure_threshold must be between 1 and " + MAX);
        }
        if (successThreshold < 1 || successThreshold > MAX) {
            throw new IllegalArgumentException("success_threshold must be between 1 and " + MAX);
        }
    }

    /** The status that {@code consecutiveFailures} failed results in a row call for (at least one). */
    public Status afterFailures(int consecutiveFailures) {
        if (consecutiveFailures < 1) {
            throw new IllegalArgumentException("consecutive failures must be at least 1");
        }
        return consecutiveFailures >= failureThreshold ? Status.OUTAGE : Status.DEGRADED;
    }

    /** True once {@code consecutiveSuccesses} good results in a row are enough to call the dependency operational. */
    public boolean recoveredAfter(int consecutiveSuccesses) {
        return consecutiveSuccesses >= successThreshold;
    }

    /**
     * The status a dependency has after a result, given its status before and the counts after the result. A failure
     * never improves a status (a dependency a person set to outage stays in outage); a degraded answer degrades at
     * once; good answers make it operational once there are enough in a row, and leave it as it was before that. A
     * dependency a person put in maintenance stays there whatever the results say.
     */
    public Status next(Status current, Verdict verdict, int consecutiveFailures, int consecutiveSuccesses) {
        if (current == Status.MAINTENANCE) {
            return current;
        }
        switch (verdict) {
            case DOWN:
                return current.worst(afterFailures(consecutiveFailures));
            case DEGRADED:
                return Status.DEGRADED;
            default:
                return recoveredAfter(consecutiveSuccesses) ? Status.OPERATIONAL : current;
        }
    }
}
