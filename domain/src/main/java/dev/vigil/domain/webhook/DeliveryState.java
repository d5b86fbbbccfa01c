package dev.vigil.domain.webhook;

import java.util.Locale;

/** Where a delivery stands: waiting for its next attempt, delivered, or given up after its last attempt. */
public enum DeliveryState {
    PENDING, DELIVERED, DEAD;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
