package dev.vigil.application.port.in.analytics;

import dev.vigil.domain.incident.Incident;
import java.time.Instant;
import java.util.Collection;

/**
 * The incidents open at some time in a window: all of them, those resolved within it, and those still open at its
 * end.
 */
public record IncidentCounts(long total, long resolved, long ongoing) {
    public static IncidentCounts of(Collection<Incident> incidents, Instant from, Instant to) {
        long total = 0;
        long resolved = 0;
        long ongoing = 0;
        for (Incident i : incidents) {
            if (!i.overlaps(from, to)) {
                continue;
            }
            total++;
            if (i.resolvedAt().filter(r -> r.isBefore(to)).isPresent()) {
                resolved++;
            } else {
                ongoing++;
            }
        }
        return new IncidentCounts(total, resolved, ongoing);
    }
}
