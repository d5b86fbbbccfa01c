package dev.vigil.application.port.in.log;

import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import java.util.Objects;
import java.util.Optional;

/** Which part of the status log to read and how many entries at most (1 to {@value #MAX_LIMIT}). */
public record StatusLogQuery(Optional<SystemId> system, Optional<DependencyId> dependency, int limit) {
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
