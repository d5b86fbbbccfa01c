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
}
