package dev.vigil.domain.incident;

/** The identity of an incident: a positive integer. */
public record IncidentId(long value) {
    public IncidentId {
        if (value <= 0) {
            throw new IllegalArgumentException("incident id must be a positive integer");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
