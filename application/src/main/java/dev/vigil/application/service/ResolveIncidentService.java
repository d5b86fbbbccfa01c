package dev.vigil.application.service;

import dev.vigil.application.port.in.incident.ResolveIncident;
import dev.vigil.application.port.in.incident.ResolveIncidentCommand;
import dev.vigil.application.port.in.incident.UnknownIncident;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.application.port.out.Incidents;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.incident.Incident;
import java.time.Clock;
import java.time.Instant;

/** Resolves an open incident now, with a closing update and an optional postmortem. */
public final class ResolveIncidentService implements ResolveIncident {
    private final Incidents incidents;
    private final IncidentNotices notices;
    private final Transactions transactions;
    private final Clock clock;

    public ResolveIncidentService(Incidents incidents, Systems systems, EventPublisher events,
                                  Transactions transactions, Clock clock) {
        this.incidents = incidents;
        this.notices = new IncidentNotices(events, new SystemNames(systems));
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Incident resolve(ResolveIncidentCommand command) {
        return transactions.inTransaction(() -> {
            Incident incident = incidents.byId(command.id()).orElseThrow(() -> new UnknownIncident(command.id()));
            Instant now = clock.instant();
            Incident resolved = incident.resolve(command.message(), command.postmortem(), command.by(), now, now);
            incidents.save(resolved);
            notices.resolved(resolved, now);
            return resolved;
        });
    }
}
