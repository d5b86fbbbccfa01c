package dev.vigil.application.port.in.incident;

import dev.vigil.application.port.in.EntityNotFound;
import dev.vigil.domain.incident.IncidentId;

/** No incident has this id. */
public final class UnknownIncident extends EntityNotFound {
    private static final long serialVersionUID = 1L;

    public UnknownIncident(IncidentId id) {
        super("incident " + id + " not found");
    }
}
