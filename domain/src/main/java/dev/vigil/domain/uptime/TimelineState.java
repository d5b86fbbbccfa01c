package dev.vigil.domain.uptime;

import static java.time.temporal.ChronoUnit.MILLIS;

import dev.vigil.domain.status.Status;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a subject's timeline stands at some instant: its status, since when it has had it, and when its last outage
 * ended (what MTTR and MTBF need to carry across a boundary).
 */
public record TimelineState(Status status, Instant since, Optional<Instant> lastOutageEnd) {
    public TimelineState {
        Objects.requireNonNull(status, "status");
        since = Objects.requireNonNull(since, "since").truncatedTo(MILLIS);
        lastOutageEnd = Objects.requireNonNull(lastOutageEnd, "lastOutageEnd").map(t -> t.truncatedTo(MILLIS));
    }

    /** Before a subject exists nothing is known about it. */
    public static TimelineState unknownSince(Instant since) {
        return new TimelineState(Status.UNKNOWN, since, Optional.empty());
    }

    /** The state after the status becomes {@code to} at {@code at}; the same status again changes nothing. */
    TimelineState after(Status to, Instant at) {
        if (to == status) {
            return this;
        }
        Optional<Instant> outageEnd = status == Status.OUTAGE ? Optional.of(at) : lastOutageEnd;
        return new TimelineState(to, at, outageEnd);
    }
}
