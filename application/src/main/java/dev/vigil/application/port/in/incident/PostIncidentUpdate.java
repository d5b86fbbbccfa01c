package dev.vigil.application.port.in.incident;

import dev.vigil.domain.incident.Incident;

/** Adds a public or internal update to an open incident's timeline. */
public interface PostIncidentUpdate {
    Incident post(PostIncidentUpdateCommand command);
}
