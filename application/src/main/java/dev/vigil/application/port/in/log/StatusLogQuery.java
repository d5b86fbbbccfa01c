package dev.vigil.application.port.in.log;

import dev.vigil.domain.status.StatusSource;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import java.util.Objects;
import java.util.Optional;

/**
 * Which part of the status log to read (all of it, one system's, or one dependency's; optionally only the changes
 * from one source) and how many entries at most (1 to {@value #MAX_LIMIT}).
 */
public record StatusLogQuery(Optional<SystemId> system, Optional<DependencyId> dependency, int limit,
                             Optional<StatusSource> source) {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public StatusLogQuery {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(dependency, "dependency");
        if (system.isPresent() && dependency.isPresent()) {
            throw new IllegalArgumentException("read the log of a system or of a dependency, not both");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        Objects.requireNonNull(source, "source");
    }

    /** Entries from every source. */
    public StatusLogQuery(Optional<SystemId> system, Optional<DependencyId> dependency, int limit) {
        this(system, dependency, limit, Optional.empty());
    }

    /** The same query, keeping only the changes from {@code newSource} when one is given. */
    public StatusLogQuery fromSource(Optional<StatusSource> newSource) {
        return new StatusLogQuery(system, dependency, limit, newSource);
    }

    public static StatusLogQuery all(int limit) {
        return new StatusLogQuery(Optional.empty(), Optional.empty(), limit);
    }

    public static StatusLogQuery ofSystem(SystemId system, int limit) {
        return new StatusLogQuery(Optional.of(system), Optional.empty(), limit);
    }

    public static StatusLogQuery ofDependency(DependencyId dependency, int limit) {
        return new StatusLogQuery(Optional.empty(), Optional.of(dependency), limit);
    }
}
