package dev.vigil.domain.system;

/** The identity of a dependency: a positive integer. */
public record DependencyId(long value) {
    public DependencyId {
        if (value <= 0) {
            throw new IllegalArgumentException("dependency id must be a positive integer");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
