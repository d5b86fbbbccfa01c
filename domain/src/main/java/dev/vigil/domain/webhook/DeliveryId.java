package dev.vigil.domain.webhook;

/** The identity of one delivery of a notification to one webhook: a positive integer. */
public record DeliveryId(long value) {
    public DeliveryId {
        if (value <= 0) {
            throw new IllegalArgumentException("delivery id must be a positive integer");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
