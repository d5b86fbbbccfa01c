package dev.vigil.application.service;

import dev.vigil.application.port.in.incident.AcknowledgeIncident;
import dev.vigil.application.port.in.incident.UnknownIncident;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.application.port.out.Incidents;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.incident.IncidentId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Records who took an incident on, and when. */
public final class AcknowledgeIncidentService implements AcknowledgeIncident {
    private final Incidents incidents;
    private final IncidentNotices notices;
    private final Transactions transactions;
    private final Clock clock;

    public AcknowledgeIncidentService(Incidents incidents, Systems systems, EventPublisher events,
                                      Transactions transactions, Clock clock) {
        this.incidents = incidents;
        this.notices = new IncidentNotices(events, new SystemNames(systems));
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Incident acknowledge(IncidentId id, String by) {
        return transactions.inTransaction(() -> {
            Incident incident = incidents.byId(id).orElseThrow(() -> new UnknownIncident(id));
            Instant now = clock.instant();
            Incident acknowledged = incident.acknowledge(by, now);
            incidents.save(acknowledged);
            notices.updated(acknowledged, List.of("acknowledged by " + acknowledged.acknowledgedBy().orElseThrow()),
                    Optional.empty(), now);
            return acknowledged;
        });
    }
}
