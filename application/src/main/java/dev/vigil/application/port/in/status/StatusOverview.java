package dev.vigil.application.port.in.status;

import dev.vigil.domain.check.CheckKind;
import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.counter.Counter;
import dev.vigil.domain.incident.Impact;
import dev.vigil.domain.incident.IncidentId;
import dev.vigil.domain.incident.IncidentState;
import dev.vigil.domain.incident.IncidentUpdate;
import dev.vigil.domain.maintenance.MaintenanceId;
import dev.vigil.domain.maintenance.MaintenanceState;
import dev.vigil.domain.status.OverallState;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a status page shows, as of {@code generatedAt}: the overall state, the systems (failures first) each
 * with its dependencies (failures first) and what their checks last saw, the public counters, the incidents of the
 * last 90 days (open ones included) and the maintenance windows in progress or to come.
 *
 * <p>For the {@link Audience#PUBLIC public} nothing private appears: no private system, no incident or maintenance
 * window that concerns only private systems (the private ones are left out of those that also concern public ones),
 * no incident title and no internal update. Uptime per day and latency history are in {@link StatusTrends}, read
 * less often.
 */
public record StatusOverview(Instant generatedAt, Audience audience, OverallState overall, boolean maintenance,
                             List<SystemLine> systems, List<Counter> counters, List<IncidentLine> incidents,
                             List<MaintenanceLine> maintenances) {
    public StatusOverview {
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(overall, "overall");
        systems = List.copyOf(systems);
        counters = List.copyOf(counters);
        incidents = List.copyOf(incidents);
        maintenances = List.copyOf(maintenances);
    }

    /** The incidents not yet resolved, in the order of {@link #incidents()} (newest first). */
    public List<IncidentLine> activeIncidents() {
        return incidents.stream().filter(IncidentLine::active).toList();
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

    /** A dependency with its check, if it has one. */
    public record DependencyLine(Dependency dependency, Optional<CheckLine> check) {
        public DependencyLine {
            Objects.requireNonNull(dependency, "dependency");
            Objects.requireNonNull(check, "check");
        }

        /** How long the latest check took; empty without a check, before its first result, after a failure, for push. */
        public Optional<Duration> latency() {
            return check.filter(c -> c.kind() != CheckKind.PUSH).flatMap(CheckLine::last)
                    .filter(r -> !r.failed()).map(CheckResult::latency);
        }

        /** When the latest check ran (for a push check: the latest ping or missed deadline). */
        public Optional<Instant> lastCheckedAt() {
            return check.flatMap(CheckLine::last).map(CheckResult::at);
        }
    }

    /** A dependency's check: its kind, its latest result, and (for push checks) whether its heartbeat is missing. */
    public record CheckLine(CheckKind kind, Optional<CheckResult> last, boolean missing) {
        public CheckLine {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(last, "last");
        }
    }

    /**
     * An incident: impact, state and times, the systems it affects, its title (operators only) and its updates
     * (for the public, only public ones), oldest first.
     *
     * @param discoveredAt when it started
     * @param containedAt  when it reached monitoring and stayed there, or its resolution (see the domain's Incident)
     */
    public record IncidentLine(IncidentId id, Impact impact, IncidentState state, Instant discoveredAt,
                               Optional<Instant> containedAt, Optional<Instant> resolvedAt, List<SystemId> systems,
                               Optional<String> title, List<IncidentUpdate> updates) {
        public IncidentLine {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(impact, "impact");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(discoveredAt, "discoveredAt");
            Objects.requireNonNull(containedAt, "containedAt");
            Objects.requireNonNull(resolvedAt, "resolvedAt");
            systems = List.copyOf(systems);
            Objects.requireNonNull(title, "title");
            updates = List.copyOf(updates);
        }

        /** The impact's wire name ({@code severity} in {@code /status.json}). */
        public String severity() {
            return impact.wireName();
        }

        /** The state's wire name ({@code status} in {@code /status.json}). */
        public String status() {
            return state.wireName();
        }

        public boolean active() {
            return resolvedAt.isEmpty();
        }
    }

    /** A maintenance window in progress or to come, with the systems it concerns (none: every system). */
    public record MaintenanceLine(MaintenanceId id, String title, String description, Instant startsAt,
                                  Instant endsAt, MaintenanceState state, List<SystemId> systems) {
        public MaintenanceLine {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(startsAt, "startsAt");
            Objects.requireNonNull(endsAt, "endsAt");
            Objects.requireNonNull(state, "state");
            systems = List.copyOf(systems);
        }

        public boolean inProgress() {
            return state == MaintenanceState.IN_PROGRESS;
        }
    }
}
