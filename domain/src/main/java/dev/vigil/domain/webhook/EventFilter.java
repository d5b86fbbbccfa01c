package dev.vigil.domain.webhook;

import dev.vigil.domain.event.EventType;
import dev.vigil.domain.system.SystemId;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which events a webhook wants: some kinds of event, about some systems (none named means every system). An event
 * that concerns no system in particular (a maintenance of everything, say) reaches every webhook that wants its kind.
 */
public record EventFilter(Set<EventType> events, Set<SystemId> systems) {
    public static final int SYSTEMS_MAX = 200;
    /** What a webhook gets when it does not say: status changes of every system. */
    public static final EventFilter DEFAULT = new EventFilter(Set.of(EventType.STATUS_CHANGE), Set.of());

    public EventFilter {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(systems, "systems");
        if (events.isEmpty()) {
            throw new IllegalArgumentException("events must name at least one event");
        }
        if (systems.size() > SYSTEMS_MAX) {
            throw new IllegalArgumentException("system_ids must have at most " + SYSTEMS_MAX + " items");
        }
        events = Collections.unmodifiableSet(EnumSet.copyOf(events));
        TreeSet<SystemId> sorted = new TreeSet<>(Comparator.comparingLong(SystemId::value));
        sorted.addAll(systems);
        systems = Collections.unmodifiableSet(sorted);
    }

    /** True when an event of {@code type} about {@code concerned} passes this filter. */
    public boolean matches(EventType type, Collection<SystemId> concerned) {
        if (!events.contains(type)) {
            return false;
        }
        return systems.isEmpty() || concerned.isEmpty() || concerned.stream().anyMatch(systems::contains);
    }

    public EventFilter withEvents(Set<EventType> newEvents) {
        return new EventFilter(newEvents, systems);
    }

    public EventFilter withSystems(Set<SystemId> newSystems) {
        return new EventFilter(events, newSystems);
    }
}
