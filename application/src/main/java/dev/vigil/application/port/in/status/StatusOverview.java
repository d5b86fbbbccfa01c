package dev.vigil.application.port.in.status;

import dev.vigil.domain.counter.Counter;
import dev.vigil.domain.status.OverallState;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.MonitoredSystem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a status page shows, as of {@code generatedAt}: the overall state, the systems (failures first) each
 * with its dependencies (failures first), the public counters and the incidents.
 *
 * <p>Filled as the other parts of Vigil land: {@link DependencyLine#latency()} and
 * {@link DependencyLine#lastCheckedAt()} come with checks, {@link #incidents()} with incidents; uptime bars,
 * latency history and maintenance windows get fields of their own here.
 */
public record StatusOverview(Instant generatedAt, Audience audience, OverallState overall, boolean maintenance,
                             List<SystemLine> systems, List<Counter> counters, List<IncidentLine> incidents) {
    public StatusOverview {
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(overall, "overall");
        systems = List.copyOf(systems);
        counters = List.copyOf(counters);
        incidents = List.copyOf(incidents);
    }

    /** A system with its dependencies, and the dependency that decided its status when one did. */
    public record SystemLine(MonitoredSystem system, List<DependencyLine> dependencies, Optional<DependencyId> cause) {
        public SystemLine {
            Objects.requireNonNull(system, "system");
            dependencies = List.copyOf(dependencies);
            Objects.requireNonNull(cause, "cause");
        }

        /** The dependency that decided the system's status, when one did. */
        public Optional<Dependency> causeDependency() {
            return cause.flatMap(id -> dependencies.stream().map(DependencyLine::dependency)
                    .filter(d -> d.id().equals(id)).findFirst());
        }
    }

    /** A dependency with what its latest check measured (empty while it has no check or no result yet). */
    public record DependencyLine(Dependency dependency, Optional<Duration> latency, Optional<Instant> lastCheckedAt) {
        public DependencyLine {
            Objects.requireNonNull(dependency, "dependency");
            Objects.requireNonNull(latency, "latency");
            Objects.requireNonNull(lastCheckedAt, "lastCheckedAt");
        }
    }

    /** An incident as public surfaces show it: impact and state, never its title or internal notes. */
    public record IncidentLine(String severity, String status, Instant discoveredAt, Optional<Instant> containedAt,
                               Optional<Instant> resolvedAt) {
        public IncidentLine {
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(discoveredAt, "discoveredAt");
            Objects.requireNonNull(containedAt, "containedAt");
            Objects.requireNonNull(resolvedAt, "resolvedAt");
        }
    }
}
