package dev.vigil.application.port.in.incident;

import dev.vigil.domain.incident.Incident;

/** Resolves an open incident, optionally with a postmortem. */
public interface ResolveIncident {
    Incident resolve(ResolveIncidentCommand command);
}
