package dev.vigil.application.service;

import dev.vigil.application.port.in.incident.DeleteIncident;
import dev.vigil.application.port.in.incident.UnknownIncident;
import dev.vigil.application.port.out.Incidents;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.incident.IncidentId;

/** Removes an incident and its timeline. */
public final class DeleteIncidentService implements DeleteIncident {
    private final Incidents incidents;
    private final Transactions transactions;

    public DeleteIncidentService(Incidents incidents, Transactions transactions) {
        this.incidents = incidents;
        this.transactions = transactions;
    }

    @Override
    public void delete(IncidentId id) {
        transactions.run(() -> {
            incidents.byId(id).orElseThrow(() -> new UnknownIncident(id));
            incidents.delete(id);
        });
    }
}
