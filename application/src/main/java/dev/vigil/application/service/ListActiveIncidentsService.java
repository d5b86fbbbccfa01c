package dev.vigil.application.service;

import dev.vigil.application.port.in.incident.ListActiveIncidents;
import dev.vigil.application.port.out.Incidents;
import dev.vigil.domain.incident.Incident;
import java.util.Comparator;
import java.util.List;

/** Lists unresolved incidents, the worst impact first, then the newest. */
public final class ListActiveIncidentsService implements ListActiveIncidents {
    private static final Comparator<Incident> WORST_THEN_NEWEST = Comparator
            .comparing(Incident::impact).reversed()
            .thenComparing(Comparator.comparing(Incident::startedAt).reversed())
            .thenComparing(Comparator.comparingLong((Incident i) -> i.id().value()).reversed());

    private final Incidents incidents;

    public ListActiveIncidentsService(Incidents incidents) {
        this.incidents = incidents;
    }

    @Override
    public List<Incident> active() {
        return incidents.unresolved().stream().sorted(WORST_THEN_NEWEST).toList();
    }
}
