package dev.vigil.application.service;

import dev.vigil.application.port.in.incident.ShowIncident;
import dev.vigil.application.port.in.incident.UnknownIncident;
import dev.vigil.application.port.out.Incidents;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.incident.IncidentId;

/** Finds one incident or says that it does not exist. */
public final class ShowIncidentService implements ShowIncident {
    private final Incidents incidents;

    public ShowIncidentService(Incidents incidents) {
        this.incidents = incidents;
    }

    @Override
    public Incident show(IncidentId id) {
        return incidents.byId(id).orElseThrow(() -> new UnknownIncident(id));
    }
}
