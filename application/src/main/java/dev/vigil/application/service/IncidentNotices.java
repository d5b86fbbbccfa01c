package dev.vigil.application.service;

import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.incident.IncidentOpened;
import dev.vigil.domain.incident.IncidentResolved;
import dev.vigil.domain.incident.IncidentUpdate;
import dev.vigil.domain.incident.IncidentUpdated;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Publishes the incident events, with the names of the systems involved, inside the caller's transaction. The text
 * of an internal update never goes into an event that may be notified.
 */
final class IncidentNotices {
    private final EventPublisher events;
    private final SystemNames names;

    IncidentNotices(EventPublisher events, SystemNames names) {
        this.events = events;
        this.names = names;
    }

    void opened(Incident incident, Instant now) {
        events.publish(new IncidentOpened(incident.id(), incident.title(), incident.impact(), incident.origin(),
                incident.systems(), names.of(incident.systems()), publicText(incident.updates().get(0)),
                incident.startedAt(), now));
    }

    void updated(Incident incident, List<String> changes, Optional<IncidentUpdate> update, Instant now) {
        events.publish(new IncidentUpdated(incident.id(), incident.title(), incident.impact(), incident.state(),
                incident.systems(), names.of(incident.systems()), changes, update, now));
    }

    void resolved(Incident incident, Instant now) {
        events.publish(new IncidentResolved(incident.id(), incident.title(), incident.impact(), incident.origin(),
                incident.systems(), names.of(incident.systems()), incident.startedAt(),
                incident.resolvedAt().orElse(now), publicText(incident.latestUpdate()), now));
    }

    private static String publicText(IncidentUpdate update) {
        return update.isPublic() ? update.message() : "";
    }
}
