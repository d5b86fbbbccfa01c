package dev.vigil.application.port.in.incident;

import dev.vigil.domain.incident.Incident;

/** A person opens an incident. */
public interface OpenIncident {
    Incident open(OpenIncidentCommand command);
}
