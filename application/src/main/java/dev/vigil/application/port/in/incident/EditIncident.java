package dev.vigil.application.port.in.incident;

import dev.vigil.domain.incident.Incident;

/** Changes what is written about an incident: title, impact, systems, postmortem. */
public interface EditIncident {
    Incident edit(EditIncidentCommand command);
}
