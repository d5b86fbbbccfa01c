package dev.vigil.domain.incident;

import dev.vigil.domain.event.DomainEvent;
import dev.vigil.domain.event.EventType;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Something about an open incident changed: its state, impact, title, systems, acknowledgement or postmortem, or a
 * new update was posted. {@code changes} says what, one item per change ("state: identified -> monitoring");
 * {@code impact} and {@code state} are the incident's afterwards. An internal update is flagged so that no public
 * channel shows it; the summary leaves its text out, and an event that only tells of one is never notified.
 */
public record IncidentUpdated(IncidentId incident, String title, Impact impact, IncidentState state,
                              Set<SystemId> systems, List<String> systemNames, List<String> changes,
                              Optional<IncidentUpdate> update, Instant occurredAt) implements DomainEvent {
    public IncidentUpdated {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(state, "state");
        systems = Set.copyOf(systems);
        systemNames = List.copyOf(systemNames);
        changes = List.copyOf(changes);
        Objects.requireNonNull(update, "update");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("an incident update event names at least one change");
        }
    }

    @Override
    public EventType type() {
        return EventType.INCIDENT_UPDATED;
    }

    /** The change that says an update of this visibility was posted: "new public update", "new internal update". */
    public static String posted(UpdateVisibility visibility) {
        return "new " + visibility.wireName() + " update";
    }

    /** True when the posted update is internal and must stay off public surfaces. */
    public boolean internal() {
        return update.map(u -> !u.isPublic()).orElse(false);
    }

    /** The posted update's text when the public may read it. */
    public Optional<String> publicMessage() {
        return update.filter(IncidentUpdate::isPublic).map(IncidentUpdate::message);
    }

    /** True when all that happened is an internal note: nothing anyone outside may hear of. */
    @Override
    public boolean isInternal() {
        return internal() && changes.equals(List.of(posted(UpdateVisibility.INTERNAL)));
    }

    @Override
    public String summary() {
        String said = update.filter(IncidentUpdate::isPublic).map(u -> IncidentEvents.said(u.message()))
                .orElse(isInternal() ? " (internal update)" : "");
        return "Incident #" + incident + " updated: " + title + " [" + String.join("; ", changes) + "]" + said;
    }
}
