package dev.vigil.application.service;

import dev.vigil.application.port.in.status.Audience;
import dev.vigil.application.port.in.status.ShowStatusOverview;
import dev.vigil.application.port.in.status.StatusOverview;
import dev.vigil.application.port.in.status.StatusOverview.DependencyLine;
import dev.vigil.application.port.in.status.StatusOverview.SystemLine;
import dev.vigil.application.port.out.Counters;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.status.OverallState;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.StatusRollup;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.system.Visibility;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads systems, dependencies and counters with one query each (never one per system) and arranges them for a page:
 * the public audience sees public systems only, and failures come first. It reads outside any write transaction, so a
 * write committing between two reads can leave one overview half old; the write's own rebuild follows at once.
 */
public final class ShowStatusOverviewService implements ShowStatusOverview {
    private static final Comparator<SystemLine> FAILURES_FIRST = Comparator
            .comparing((SystemLine l) -> l.system().status(), Status.WORST_FIRST)
            .thenComparing(SystemLine::system, MonitoredSystem.BY_NAME);
    private static final Comparator<DependencyLine> DEPENDENCY_FAILURES_FIRST = Comparator
            .comparing((DependencyLine l) -> l.dependency().status(), Status.WORST_FIRST)
            .thenComparing(DependencyLine::dependency, Dependency.BY_NAME);

    private final Systems systems;
    private final Dependencies dependencies;
    private final Counters counters;
    private final Clock clock;

    public ShowStatusOverviewService(Systems systems, Dependencies dependencies, Counters counters, Clock clock) {
        this.systems = systems;
        this.dependencies = dependencies;
        this.counters = counters;
        this.clock = clock;
    }

    @Override
    public StatusOverview show(Audience audience) {
        var generatedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<MonitoredSystem> shown = systems.all().stream()
                .filter(s -> audience == Audience.OPERATORS || s.visibility() == Visibility.PUBLIC)
                .toList();
        Map<SystemId, List<Dependency>> bySystem = dependencies.all().stream()
                .collect(Collectors.groupingBy(Dependency::systemId));
        List<SystemLine> lines = shown.stream()
                .map(s -> line(s, bySystem.getOrDefault(s.id(), List.of())))
                .sorted(FAILURES_FIRST)
                .toList();
        List<Status> statuses = shown.stream().map(MonitoredSystem::status).toList();
        // Later: incidents (issue 4) are read here with one query and mapped to IncidentLine; so are maintenance
        // windows, uptime per day and latency history once their ports exist.
        return new StatusOverview(generatedAt, audience, OverallState.of(statuses), statuses.contains(Status.MAINTENANCE),
                lines, counters.all(), List.of());
    }

    private static SystemLine line(MonitoredSystem system, List<Dependency> dependencies) {
        // Later: latency and last check per dependency (issue 3) from the latest check results, read in one query.
        List<DependencyLine> lines = dependencies.stream()
                .map(d -> new DependencyLine(d, Optional.empty(), Optional.empty()))
                .sorted(DEPENDENCY_FAILURES_FIRST)
                .toList();
        StatusRollup.Result rollUp = StatusRollup.of(system.manualStatus(), dependencies, false);
        Optional<DependencyId> cause = rollUp.status() == system.status() ? rollUp.cause() : Optional.empty();
        return new SystemLine(system, lines, cause);
    }
}
