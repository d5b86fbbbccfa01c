package dev.vigil.application.service;

import dev.vigil.application.port.in.incident.ListRecentIncidents;
import dev.vigil.application.port.out.Incidents;
import dev.vigil.domain.incident.Incident;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Lists incidents resolved within the last days. */
public final class ListRecentIncidentsService implements ListRecentIncidents {
    private final Incidents incidents;
    private final Clock clock;

    public ListRecentIncidentsService(Incidents incidents, Clock clock) {
        this.incidents = incidents;
        this.clock = clock;
    }

    @Override
    public List<Incident> resolvedWithin(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be between 1 and " + MAX_DAYS);
        }
        return incidents.resolvedSince(clock.instant().minus(Duration.ofDays(days)));
    }
}
