package dev.vigil.application.service;

import dev.vigil.application.port.in.incident.PostIncidentUpdate;
import dev.vigil.application.port.in.incident.PostIncidentUpdateCommand;
import dev.vigil.application.port.in.incident.UnknownIncident;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.application.port.out.Incidents;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.incident.IncidentUpdated;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Adds an update to an open incident's timeline. */
public final class PostIncidentUpdateService implements PostIncidentUpdate {
    private final Incidents incidents;
    private final IncidentNotices notices;
    private final Transactions transactions;
    private final Clock clock;

    public PostIncidentUpdateService(Incidents incidents, Systems systems, EventPublisher events,
                                     Transactions transactions, Clock clock) {
        this.incidents = incidents;
        this.notices = new IncidentNotices(events, new SystemNames(systems));
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Incident post(PostIncidentUpdateCommand command) {
        return transactions.inTransaction(() -> {
            Incident incident = incidents.byId(command.id()).orElseThrow(() -> new UnknownIncident(command.id()));
            Instant now = clock.instant();
            Incident updated = incident.addUpdate(command.message(), command.visibility(), command.by(), now);
            incidents.save(updated);
            notices.updated(updated, List.of(IncidentUpdated.posted(updated.latestUpdate().visibility())),
                    Optional.of(updated.latestUpdate()), now);
            return updated;
        });
    }
}
