package dev.vigil.application.service;

import dev.vigil.application.port.in.incident.EditIncident;
import dev.vigil.application.port.in.incident.EditIncidentCommand;
import dev.vigil.application.port.in.incident.UnknownIncident;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.application.port.out.Incidents;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.incident.Incident;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Changes an incident's title, impact, systems or postmortem, and says what changed. */
public final class EditIncidentService implements EditIncident {
    private final Incidents incidents;
    private final SystemNames names;
    private final IncidentNotices notices;
    private final Transactions transactions;
    private final Clock clock;

    public EditIncidentService(Incidents incidents, Systems systems, EventPublisher events, Transactions transactions,
                               Clock clock) {
        this.incidents = incidents;
        this.names = new SystemNames(systems);
        this.notices = new IncidentNotices(events, names);
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Incident edit(EditIncidentCommand command) {
        return transactions.inTransaction(() -> {
            Incident incident = incidents.byId(command.id()).orElseThrow(() -> new UnknownIncident(command.id()));
            command.systems().ifPresent(names::requireExisting);
            Instant now = clock.instant();
            Incident edited = incident.edit(command.title(), command.impact(), command.systems(), command.postmortem(),
                    now);
            List<String> changes = new ArrayList<>();
            if (!edited.title().equals(incident.title())) {
                changes.add("title: " + incident.title() + " -> " + edited.title());
            }
            if (edited.impact() != incident.impact()) {
                changes.add("impact: " + incident.impact().wireName() + " -> " + edited.impact().wireName());
            }
            if (!edited.systems().equals(incident.systems())) {
                changes.add("systems: " + String.join(", ", names.of(edited.systems())));
            }
            if (!edited.postmortem().equals(incident.postmortem())) {
                changes.add("postmortem " + (incident.postmortem().isEmpty() ? "written" : "revised"));
            }
            if (changes.isEmpty()) {
                return incident;
            }
            incidents.save(edited);
            notices.updated(edited, changes, Optional.empty(), now);
            return edited;
        });
    }
}
