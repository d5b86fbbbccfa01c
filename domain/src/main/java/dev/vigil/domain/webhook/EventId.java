package dev.vigil.domain.webhook;

/** The identity of an event kept in the outbox: a positive integer. */
public record EventId(long value) {
    public EventId {
        if (value <= 0) {
            throw new IllegalArgumentException("event id must be a positive integer");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
