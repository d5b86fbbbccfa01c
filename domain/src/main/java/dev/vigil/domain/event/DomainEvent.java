package dev.vigil.domain.event;

import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.Set;

/**
 * Something that happened which people may want to be told about. Events carry what a notification needs to be
 * readable on its own (names, from what to what, why, since when), captured when they happen.
 */
public interface DomainEvent {
    EventType type();

    Instant occurredAt();

    /** The systems the event concerns, for per-system subscriptions; empty when it concerns none in particular. */
    Set<SystemId> systems();

    /** One line a person understands, e.g. "Checkout API: green -> red (Dependency PostgreSQL is red)". */
    String summary();

    /**
     * True when only people with access to Vigil itself may read of it (an internal note on an incident): it is
     * logged, but never notified.
     */
    default boolean isInternal() {
        return false;
    }
}
