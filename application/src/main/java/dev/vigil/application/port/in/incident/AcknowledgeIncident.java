package dev.vigil.application.port.in.incident;

import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.incident.IncidentId;

/** Someone takes an open incident on; once only. */
public interface AcknowledgeIncident {
    Incident acknowledge(IncidentId id, String by);
}
