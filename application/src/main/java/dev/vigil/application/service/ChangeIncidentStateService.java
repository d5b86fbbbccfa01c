package dev.vigil.application.service;

import dev.vigil.application.port.in.incident.ChangeIncidentState;
import dev.vigil.application.port.in.incident.ChangeIncidentStateCommand;
import dev.vigil.application.port.in.incident.UnknownIncident;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.application.port.out.Incidents;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.incident.Incident;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Moves an incident along its state machine; moving to resolved resolves it. */
public final class ChangeIncidentStateService implements ChangeIncidentState {
    private final Incidents incidents;
    private final IncidentNotices notices;
    private final Transactions transactions;
    private final Clock clock;

    public ChangeIncidentStateService(Incidents incidents, Systems systems, EventPublisher events,
                                      Transactions transactions, Clock clock) {
        this.incidents = incidents;
        this.notices = new IncidentNotices(events, new SystemNames(systems));
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Incident change(ChangeIncidentStateCommand command) {
        return transactions.inTransaction(() -> {
            Incident incident = incidents.byId(command.id()).orElseThrow(() -> new UnknownIncident(command.id()));
            Instant now = clock.instant();
            Incident moved = incident.moveTo(command.state(), command.message(), command.visibility(), command.by(), now);
            incidents.save(moved);
            if (moved.isResolved()) {
                notices.resolved(moved, now);
            } else {
                notices.updated(moved, List.of("state: " + incident.state().wireName() + " -> "
                        + moved.state().wireName()), Optional.of(moved.latestUpdate()), now);
            }
            return moved;
        });
    }
}
