package dev.vigil.application.port.in.metrics;

import dev.vigil.domain.incident.Impact;
import dev.vigil.domain.incident.IncidentState;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.webhook.AttemptOutcome;
import dev.vigil.domain.webhook.DeliveryState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Vigil as monitoring sees it at {@code takenAt}: each system and dependency, incidents by impact and state,
 * maintenance windows in progress and to come, unacknowledged SLA breaches, and the webhook outbox.
 */
public record MonitoringFigures(Instant takenAt, List<SystemFigures> systems, List<DependencyFigures> dependencies,
                                Map<Impact, Map<IncidentState, Long>> incidents, long maintenancesActive,
                                long maintenancesScheduled, long unacknowledgedSlaBreaches,
                                Map<DeliveryState, Long> deliveries, Map<AttemptOutcome, Long> deliveryAttempts) {
    public MonitoringFigures {
        Objects.requireNonNull(takenAt, "takenAt");
        systems = List.copyOf(systems);
        dependencies = List.copyOf(dependencies);
        incidents = Map.copyOf(incidents);
        deliveries = Map.copyOf(deliveries);
        deliveryAttempts = Map.copyOf(deliveryAttempts);
    }

    /**
     * A system: its status, its SLA target, its uptime over the last 24 hours and its availability over the calendar
     * month so far (UTC), both in percent (100 with nothing counted yet).
     */
    public record SystemFigures(SystemId id, String name, Status status, double slaTarget, double uptime24h,
                                double availabilityThisMonth) {
        public SystemFigures {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * A dependency: its status, and from its check the latency of the last result, the failures in a row, and the
     * results recorded ever (and how many of them failed).
     */
    public record DependencyFigures(DependencyId id, String name, SystemId system, String systemName, Status status,
                                    Optional<Duration> lastLatency, int consecutiveFailures, long checkResults,
                                    long checkFailures) {
        public DependencyFigures {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(system, "system");
            Objects.requireNonNull(systemName, "systemName");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(lastLatency, "lastLatency");
        }
    }

    /** Incidents not resolved, of one impact. */
    public long active(Impact impact) {
        return incidents.getOrDefault(impact, Map.of()).entrySet().stream()
                .filter(e -> e.getKey() != IncidentState.RESOLVED).mapToLong(Map.Entry::getValue).sum();
    }
}
