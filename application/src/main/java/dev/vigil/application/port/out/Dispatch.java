package dev.vigil.application.port.out;

import static java.time.temporal.ChronoUnit.SECONDS;

import dev.vigil.domain.webhook.Delivery;
import dev.vigil.domain.webhook.EventRecord;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One message to send: the delivery id it goes out under (the same on every attempt), the event it is about
 * ({@code status_change}, …, or {@code test}), the events it tells of, and the time of sending, to the second
 * (receivers check it against replays).
 */
public record Dispatch(String deliveryId, String event, List<EventRecord> events, Instant sentAt) {
    public static final String TEST = "test";

    public Dispatch {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(event, "event");
        events = List.copyOf(events);
        sentAt = Objects.requireNonNull(sentAt, "sentAt").truncatedTo(SECONDS);
        if (!event.equals(TEST) && events.isEmpty()) {
            throw new IllegalArgumentException("a dispatch of " + event + " tells of at least one event");
        }
    }

    /** The message for a delivery of stored events. */
    public static Dispatch of(Delivery delivery, List<EventRecord> events, Instant sentAt) {
        return new Dispatch(delivery.id().toString(), delivery.type().wireName(), events, sentAt);
    }

    /** A test message, which tells of no event; its delivery id is unique per test. */
    public static Dispatch test(Instant sentAt) {
        return new Dispatch("test-" + sentAt.toEpochMilli(), TEST, List.of(), sentAt);
    }

    public boolean isTest() {
        return event.equals(TEST);
    }
}
