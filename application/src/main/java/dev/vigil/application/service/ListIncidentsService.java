package dev.vigil.application.service;

import dev.vigil.application.port.in.incident.ListIncidents;
import dev.vigil.application.port.out.Incidents;
import dev.vigil.domain.incident.Incident;
import java.util.List;

/** Pages through all incidents, newest first. */
public final class ListIncidentsService implements ListIncidents {
    private final Incidents incidents;

    public ListIncidentsService(Incidents incidents) {
        this.incidents = incidents;
    }

    @Override
    public List<Incident> page(int limit, int offset) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        return incidents.page(limit, offset);
    }
}
