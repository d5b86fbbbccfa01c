package dev.vigil.domain.sla;

/** The identity of a recorded SLA breach: a positive integer. */
public record SlaBreachId(long value) {
    public SlaBreachId {
        if (value <= 0) {
            throw new IllegalArgumentException("breach id must be a positive integer");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
