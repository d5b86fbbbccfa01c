package dev.vigil.adapters.notifications;

import dev.vigil.application.port.in.webhook.QueueNotifications;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.domain.event.DomainEvent;

/**
 * The notification channel of every webhook: puts each event in the outbox, inside the transaction of the change
 * that caused it (a change that rolls back leaves no notification; a committed one is never lost).
 */
public final class OutboxEventPublisher implements EventPublisher {
    private final QueueNotifications queue;

    public OutboxEventPublisher(QueueNotifications queue) {
        this.queue = queue;
    }

    @Override
    public void publish(DomainEvent event) {
        queue.queue(event);
    }
}
