package dev.vigil.application.port.out;

import dev.vigil.domain.event.DomainEvent;

/**
 * Told of every event as it happens, inside the transaction that makes the change, so that what it stores (an
 * outbox row, say) commits or rolls back together with the change.
 */
public interface EventPublisher {
    void publish(DomainEvent event);
}
