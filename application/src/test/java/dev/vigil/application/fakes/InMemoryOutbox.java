package dev.vigil.application.fakes;

import dev.vigil.application.port.out.Outbox;
import dev.vigil.domain.webhook.Delivery;
import dev.vigil.domain.webhook.DeliveryId;
import dev.vigil.domain.webhook.DeliveryState;
import dev.vigil.domain.webhook.EventId;
import dev.vigil.domain.webhook.EventRecord;
import dev.vigil.domain.webhook.WebhookId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The outbox in two maps: events and deliveries, each by id. */
public final class InMemoryOutbox implements Outbox {
    private final TreeMap<Long, EventRecord> events = new TreeMap<>();
    private final TreeMap<Long, Delivery> deliveries = new TreeMap<>();
    private long eventSequence;
    private long deliverySequence;

    @Override
    public synchronized EventId nextEventId() {
        return new EventId(++eventSequence);
    }

    @Override
    public synchronized void saveEvent(EventRecord event) {
        events.put(event.id().value(), event);
        eventSequence = Math.max(eventSequence, event.id().value());
    }

    @Override
    public synchronized List<EventRecord> events(List<EventId> ids) {
        return ids.stream().map(id -> events.get(id.value())).filter(Objects::nonNull).toList();
    }

    @Override
    public synchronized DeliveryId nextDeliveryId() {
        return new DeliveryId(++deliverySequence);
    }

    @Override
    public synchronized void save(Delivery delivery) {
        for (EventId event : delivery.events()) {
            if (!events.containsKey(event.value())) {
                throw new IllegalStateException("event " + event + " is not stored");
            }
        }
        deliveries.put(delivery.id().value(), delivery);
        deliverySequence = Math.max(deliverySequence, delivery.id().value());
    }

    @Override
    public synchronized Optional<Delivery> byId(DeliveryId id) {
        return Optional.ofNullable(deliveries.get(id.value()));
    }

    @Override
    public synchronized Optional<Delivery> latestWithKey(WebhookId webhook, String key) {
        return deliveries.descendingMap().values().stream()
                .filter(d -> d.webhook().equals(webhook) && d.coalesceKey().filter(key::equals).isPresent())
                .findFirst();
    }

    @Override
    public synchronized List<Delivery> due(Instant now, int limit) {
        return deliveries.values().stream()
                .filter(d -> d.isDueAt(now))
                .sorted(Comparator.comparing(Delivery::dueAt).thenComparingLong(d -> d.id().value()))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<Delivery> ofWebhook(WebhookId webhook, int limit) {
        return deliveries.descendingMap().values().stream()
                .filter(d -> d.webhook().equals(webhook))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized int releaseClaims() {
        int released = 0;
        for (Delivery d : List.copyOf(deliveries.values())) {
            if (d.leasedUntil().isPresent()) {
                deliveries.put(d.id().value(), d.released());
                released++;
            }
        }
        return released;
    }

    @Override
    public synchronized void deleteOfWebhook(WebhookId webhook) {
        deliveries.values().removeIf(d -> d.webhook().equals(webhook));
    }

    @Override
    public synchronized int pruneFinishedBefore(Instant cutoff) {
        int before = deliveries.size();
        deliveries.values().removeIf(d -> d.state() != DeliveryState.PENDING
                && d.finishedAt().orElseThrow().isBefore(cutoff));
        Set<Long> told = new HashSet<>();
        deliveries.values().forEach(d -> d.events().forEach(e -> told.add(e.value())));
        events.keySet().removeIf(id -> !told.contains(id));
        return before - deliveries.size();
    }

    /** Every delivery, in id order. */
    public synchronized List<Delivery> all() {
        return List.copyOf(deliveries.values());
    }

    /** Every stored event, in id order. */
    public synchronized List<EventRecord> allEvents() {
        return List.copyOf(events.values());
    }

    // Backups and metrics (issue 7)
    /** Every delivery stored. */
    public synchronized List<Delivery> allDeliveries() {
        return List.copyOf(deliveries.values());
    }

    /** Forgets every event and delivery; the id sequences stay where they are. */
    public synchronized void clear() {
        events.clear();
        deliveries.clear();
    }
}
