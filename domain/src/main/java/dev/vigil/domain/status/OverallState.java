package dev.vigil.domain.status;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;

/**
 * The state of a whole status page, by seed 000's rule: any outage makes it {@code down}, else any degradation makes it
 * {@code degraded}, else it is {@code operational}. Maintenance and unknown count as operational here: they are not
 * failures (pages show maintenance separately).
 */
public enum OverallState {
    OPERATIONAL, DEGRADED, DOWN;

    public static OverallState of(Collection<Status> statuses) {
        Objects.requireNonNull(statuses, "statuses");
        if (statuses.contains(Status.OUTAGE)) {
            return DOWN;
        }
        if (statuses.contains(Status.DEGRADED)) {
            return DEGRADED;
        }
        return OPERATIONAL;
    }

    /** The name {@code /status.json} uses: {@code operational | degraded | down}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
