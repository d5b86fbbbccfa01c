package dev.vigil.application.port.in.webhook;

import dev.vigil.domain.webhook.Delivery;
import dev.vigil.domain.webhook.EventRecord;
import java.util.List;
import java.util.Objects;

/** A delivery with the events it tells of. */
public record DeliveryDetails(Delivery delivery, List<EventRecord> events) {
    public DeliveryDetails {
        Objects.requireNonNull(delivery, "delivery");
        events = List.copyOf(events);
    }
}
