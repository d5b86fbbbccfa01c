package dev.vigil.application.port.in.incident;

import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.incident.IncidentId;

/** One incident with its whole timeline. */
public interface ShowIncident {
    Incident show(IncidentId id);
}
