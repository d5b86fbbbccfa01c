package dev.vigil.application.port.in.incident;

import dev.vigil.domain.incident.IncidentId;

/** Removes an incident with its timeline. */
public interface DeleteIncident {
    void delete(IncidentId id);
}
