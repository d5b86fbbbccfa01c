package dev.vigil.application.port.in.webhook;

import dev.vigil.domain.event.DomainEvent;

/**
 * Puts an event in the outbox for every enabled webhook that wants it, inside the transaction of the change that
 * caused it, merging changes of one system that belong in one message and leaving out what maintenance silences.
 */
public interface QueueNotifications {
    void queue(DomainEvent event);
}
