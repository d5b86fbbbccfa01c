package dev.vigil.application.port.in.incident;

import dev.vigil.domain.incident.Incident;

/** Moves an incident to another state, with an update saying why. */
public interface ChangeIncidentState {
    Incident change(ChangeIncidentStateCommand command);
}
