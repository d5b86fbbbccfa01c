package dev.vigil.domain.incident;

import static java.time.temporal.ChronoUnit.MILLIS;

import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.Objects;

/**
 * What an automatically opened incident watches: the system, the start of the outage it was opened for (so one outage
 * never gets two incidents, across restarts too) and the last status log entry it has taken into account.
 */
public record AutomaticWatch(SystemId system, Instant outageSince, long lastSeenLogEntry) {
    public AutomaticWatch {
        Objects.requireNonNull(system, "system");
        outageSince = Objects.requireNonNull(outageSince, "outageSince").truncatedTo(MILLIS);
        if (lastSeenLogEntry < 0) {
            throw new IllegalArgumentException("last seen log entry must not be negative");
        }
    }

    AutomaticWatch seen(long entry) {
        return new AutomaticWatch(system, outageSince, Math.max(lastSeenLogEntry, entry));
    }
}
