package dev.vigil.application.port.out;

import dev.vigil.domain.webhook.Delivery;
import dev.vigil.domain.webhook.DeliveryId;
import dev.vigil.domain.webhook.EventId;
import dev.vigil.domain.webhook.EventRecord;
import dev.vigil.domain.webhook.WebhookId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The durable outbox: the events that are to be notified and their deliveries to webhooks, with every attempt.
 * Written in the transaction of the change that caused the event, so a notification is kept exactly when the change
 * is.
 */
public interface Outbox {
    EventId nextEventId();

    void saveEvent(EventRecord event);

    /** The stored events with these ids, in the order asked; ids not stored are left out. */
    List<EventRecord> events(List<EventId> ids);

    DeliveryId nextDeliveryId();

    /** Stores a new delivery or replaces the stored state (events, state, times, attempts) of an existing one. */
    void save(Delivery delivery);

    Optional<Delivery> byId(DeliveryId id);

    /** The newest delivery to {@code webhook} with this coalescing key. */
    Optional<Delivery> latestWithKey(WebhookId webhook, String key);

    /** Deliveries a worker may claim at {@code now}, the longest due first, at most {@code limit}. */
    List<Delivery> due(Instant now, int limit);

    /** The newest deliveries to one webhook, newest first. */
    List<Delivery> ofWebhook(WebhookId webhook, int limit);

    /** Drops every worker's claim (at start: the worker that claimed them is gone); returns how many there were. */
    int releaseClaims();

    /** Removes every delivery to a webhook (before the webhook itself goes). */
    void deleteOfWebhook(WebhookId webhook);

    /**
     * Removes delivered and dead deliveries that finished before {@code cutoff}, and events no delivery tells of any
     * more; returns how many deliveries went.
     */
    int pruneFinishedBefore(Instant cutoff);
}
