package dev.vigil.application.service;

import dev.vigil.application.port.in.status.Audience;
import dev.vigil.application.port.in.status.ShowStatusOverview;
import dev.vigil.application.port.in.status.StatusOverview;
import dev.vigil.application.port.in.status.StatusOverview.CheckLine;
import dev.vigil.application.port.in.status.StatusOverview.DependencyLine;
import dev.vigil.application.port.in.status.StatusOverview.IncidentLine;
import dev.vigil.application.port.in.status.StatusOverview.MaintenanceLine;
import dev.vigil.application.port.in.status.StatusOverview.SystemLine;
import dev.vigil.application.port.out.Checks;
import dev.vigil.application.port.out.Counters;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.Incidents;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.check.Check;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.maintenance.MaintenanceState;
import dev.vigil.domain.maintenance.MaintenanceWindow;
import dev.vigil.domain.status.OverallState;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.StatusRollup;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.system.Visibility;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads systems, dependencies, their checks, counters, incidents and maintenance windows with a few queries (never
 * one per system) and arranges them for a page: the public audience sees public systems only, and nothing that
 * concerns private systems alone; failures come first. It reads outside any write transaction, so a write
 * committing between two reads can leave one overview half old; the write's own rebuild follows at once.
 */
public final class ShowStatusOverviewService implements ShowStatusOverview {
    /** How far back the page lists incidents. */
    public static final Duration INCIDENT_HISTORY = Duration.ofDays(90);
    /** At most this many upcoming maintenance windows are announced. */
    public static final int UPCOMING_MAINTENANCE = 10;

    private static final Comparator<SystemLine> FAILURES_FIRST = Comparator
            .comparing((SystemLine l) -> l.system().status(), Status.WORST_FIRST)
            .thenComparing(SystemLine::system, MonitoredSystem.BY_NAME);
    private static final Comparator<DependencyLine> DEPENDENCY_FAILURES_FIRST = Comparator
            .comparing((DependencyLine l) -> l.dependency().status(), Status.WORST_FIRST)
            .thenComparing(DependencyLine::dependency, Dependency.BY_NAME);
    private static final Comparator<Incident> NEWEST_FIRST = Comparator.comparing(Incident::startedAt).reversed()
            .thenComparing(i -> i.id().value(), Comparator.reverseOrder());

    private final Systems systems;
    private final Dependencies dependencies;
    private final Checks checks;
    private final Counters counters;
    private final Incidents incidents;
    private final MaintenanceWindows windows;
    private final Clock clock;

    public ShowStatusOverviewService(Systems systems, Dependencies dependencies, Checks checks, Counters counters,
                                     Incidents incidents, MaintenanceWindows windows, Clock clock) {
        this.systems = systems;
        this.dependencies = dependencies;
        this.checks = checks;
        this.counters = counters;
        this.incidents = incidents;
        this.windows = windows;
        this.clock = clock;
    }

    @Override
    public StatusOverview show(Audience audience) {
        var generatedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<MonitoredSystem> shown = systems.all().stream()
                .filter(s -> audience == Audience.OPERATORS || s.visibility() == Visibility.PUBLIC)
                .toList();
        Set<SystemId> shownIds = shown.stream().map(MonitoredSystem::id).collect(Collectors.toSet());
        Map<SystemId, List<Dependency>> bySystem = dependencies.all().stream()
                .filter(d -> shownIds.contains(d.systemId()))
                .collect(Collectors.groupingBy(Dependency::systemId));
        Map<DependencyId, Check> checkOf = checks.byDependencies(bySystem.values().stream().flatMap(List::stream)
                .map(Dependency::id).toList());
        List<SystemLine> lines = shown.stream()
                .map(s -> line(s, bySystem.getOrDefault(s.id(), List.of()), checkOf))
                .sorted(FAILURES_FIRST)
                .toList();
        List<Status> statuses = shown.stream().map(MonitoredSystem::status).toList();
        return new StatusOverview(generatedAt, audience, OverallState.of(statuses), statuses.contains(Status.MAINTENANCE),
                lines, counters.all(), incidents(audience, shownIds, generatedAt),
                maintenances(audience, shownIds, generatedAt));
    }

    private static SystemLine line(MonitoredSystem system, List<Dependency> dependencies, Map<DependencyId, Check> checks) {
        List<DependencyLine> lines = dependencies.stream()
                .map(d -> new DependencyLine(d, Optional.ofNullable(checks.get(d.id()))
                        .map(c -> new CheckLine(c.kind(), c.state().last(), c.state().missing()))))
                .sorted(DEPENDENCY_FAILURES_FIRST)
                .toList();
        StatusRollup.Result rollUp = StatusRollup.of(system.manualStatus(), dependencies, false);
        Optional<DependencyId> cause = rollUp.status() == system.status() ? rollUp.cause() : Optional.empty();
        return new SystemLine(system, lines, cause);
    }

    /** Open incidents and those resolved in the last 90 days, newest first. */
    private List<IncidentLine> incidents(Audience audience, Set<SystemId> shown, Instant now) {
        Map<Long, Incident> all = new LinkedHashMap<>();
        incidents.unresolved().forEach(i -> all.put(i.id().value(), i));
        incidents.resolvedSince(now.minus(INCIDENT_HISTORY)).forEach(i -> all.put(i.id().value(), i));
        List<IncidentLine> lines = new ArrayList<>();
        all.values().stream().sorted(NEWEST_FIRST).forEach(i -> concerning(i.systems(), shown, audience)
                .ifPresent(systemIds -> lines.add(new IncidentLine(i.id(), i.impact(), i.state(), i.startedAt(),
                        i.containedAt(), i.resolvedAt(), systemIds,
                        audience == Audience.OPERATORS ? Optional.of(i.title()) : Optional.empty(),
                        audience == Audience.OPERATORS ? i.updates() : i.publicUpdates()))));
        return lines;
    }

    /** Windows in progress, then the next ones to come, earliest first. */
    private List<MaintenanceLine> maintenances(Audience audience, Set<SystemId> shown, Instant now) {
        List<MaintenanceWindow> found = new ArrayList<>();
        windows.overlapping(now, now.plusMillis(1)).stream()
                .filter(w -> w.state(now) == MaintenanceState.IN_PROGRESS).forEach(found::add);
        windows.upcoming(now).stream().limit(UPCOMING_MAINTENANCE).forEach(found::add);
        List<MaintenanceLine> lines = new ArrayList<>();
        for (MaintenanceWindow w : found) {
            concerning(w.systems(), shown, audience).ifPresent(ids -> lines.add(new MaintenanceLine(w.id(), w.title(),
                    w.description(), w.startsAt(), w.endsAt(), w.state(now), ids)));
        }
        return lines;
    }

    /**
     * The systems of {@code affected} the audience may see, when the audience may see the thing at all: operators
     * see everything; the public sees what concerns no system in particular (all of them) or at least one public one.
     */
    private static Optional<List<SystemId>> concerning(Set<SystemId> affected, Set<SystemId> shown, Audience audience) {
        List<SystemId> visible = affected.stream().filter(s -> audience == Audience.OPERATORS || shown.contains(s))
                .sorted(Comparator.comparingLong(SystemId::value)).toList();
        if (!affected.isEmpty() && visible.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(visible);
    }
}
