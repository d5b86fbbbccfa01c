package dev.vigil.application.service;

import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.event.DomainEvent;
import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.log.StatusChanged;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.webhook.DependencyRef;
import dev.vigil.domain.webhook.EventId;
import dev.vigil.domain.webhook.EventRecord;
import dev.vigil.domain.webhook.StatusChangeFacts;
import dev.vigil.domain.webhook.SystemRef;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a domain event into the record the outbox keeps. Every kind of event is described by its type, time,
 * summary and systems (with their names and page slugs as they are now); a kind that carries more (status changes
 * today) is described in full. To describe a new kind in full, add a branch here that fills
 * {@link EventRecord#facts()} (or a facts record of its own): see docs/notifications.md.
 */
final class EventDescriber {
    private final Systems systems;

    EventDescriber(Systems systems) {
        this.systems = systems;
    }

    EventRecord describe(EventId id, DomainEvent event) {
        if (event instanceof StatusChanged changed) {
            return statusChange(id, changed);
        }
        List<SystemRef> refs = event.systems().stream()
                .sorted(Comparator.comparingLong(SystemId::value))
                .map(system -> ref(system, Optional.empty()))
                .toList();
        return new EventRecord(id, event.type(), event.occurredAt(), Objects.toString(event.summary(), ""), refs,
                Optional.empty(), List.of());
    }

    private EventRecord statusChange(EventId id, StatusChanged event) {
        StatusChange change = event.entry().change();
        StatusChangeFacts facts = new StatusChangeFacts(event.entry().id(),
                change.dependency().map(d -> new DependencyRef(d, event.dependencyName().orElse(""))),
                change.from(), change.to(), change.source(), change.message(),
                change.cause().map(c -> new DependencyRef(c, event.causeName().orElse(""))));
        return new EventRecord(id, event.type(), event.occurredAt(), event.summary(),
                List.of(ref(change.system(), Optional.of(event.systemName()))), Optional.of(facts), List.of());
    }

    private SystemRef ref(SystemId id, Optional<String> knownName) {
        Optional<MonitoredSystem> system = systems.byId(id);
        String name = knownName.or(() -> system.map(MonitoredSystem::name)).orElse("");
        return new SystemRef(id, name, system.map(s -> s.slug().value()));
    }
}
