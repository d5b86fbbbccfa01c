package dev.vigil.application.port.out;

import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.uptime.Subject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The status log read as timelines: by time range, and one system's own changes. */
public interface StatusHistory {
    /** Every entry with {@code from <= at < to}, oldest first (ties in the order they were logged). */
    List<StatusLogEntry> between(Instant from, Instant to);

    /** The first entry about {@code subject} at or after {@code at}. */
    Optional<StatusLogEntry> firstAbout(Subject subject, Instant at);

    /** The latest change of a system's own status (not its dependencies'). */
    Optional<StatusLogEntry> lastSystemChange(SystemId system);

    /** A system's own status changes logged after entry {@code afterEntry}, oldest first, at most {@code limit}. */
    List<StatusLogEntry> systemChangesAfter(SystemId system, long afterEntry, int limit);
}
