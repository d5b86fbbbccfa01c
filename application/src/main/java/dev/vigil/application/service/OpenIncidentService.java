package dev.vigil.application.service;

import dev.vigil.application.port.in.incident.OpenIncident;
import dev.vigil.application.port.in.incident.OpenIncidentCommand;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.application.port.out.Incidents;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.incident.Incident;
import java.time.Clock;
import java.time.Instant;

/** Opens an incident for existing systems and tells people about it. */
public final class OpenIncidentService implements OpenIncident {
    private final Incidents incidents;
    private final SystemNames names;
    private final IncidentNotices notices;
    private final Transactions transactions;
    private final Clock clock;

    public OpenIncidentService(Incidents incidents, Systems systems, EventPublisher events, Transactions transactions,
                               Clock clock) {
        this.incidents = incidents;
        this.names = new SystemNames(systems);
        this.notices = new IncidentNotices(events, names);
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Incident open(OpenIncidentCommand command) {
        return transactions.inTransaction(() -> {
            names.requireExisting(command.systems());
            Instant now = clock.instant();
            Incident incident = Incident.open(incidents.nextId(), command.title(), command.impact(), command.systems(),
                    command.message(), command.visibility(), command.by(), command.startedAt().orElse(now), now);
            incidents.save(incident);
            notices.opened(incident, now);
            return incident;
        });
    }
}
