package dev.vigil.domain.system;

/** The identity of a monitored system: a positive integer. */
public record SystemId(long value) {
    public SystemId {
        if (value <= 0) {
            throw new IllegalArgumentException("system id must be a positive integer");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
