package dev.vigil.application.service;

import dev.vigil.application.port.in.metrics.MonitoringFigures;
import dev.vigil.application.port.in.metrics.MonitoringFigures.DependencyFigures;
import dev.vigil.application.port.in.metrics.MonitoringFigures.SystemFigures;
import dev.vigil.application.port.in.metrics.ShowMetrics;
import dev.vigil.application.port.out.Checks;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.OperationalCounts;
import dev.vigil.application.port.out.OperationalCounts.ResultTotals;
import dev.vigil.application.port.out.StatusHistory;
import dev.vigil.application.port.out.StatusTallies;
import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.check.Check;
import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.check.Verdict;
import dev.vigil.domain.maintenance.MaintenanceState;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.uptime.StatusTimeline;
import dev.vigil.domain.uptime.Subject;
import dev.vigil.domain.uptime.UptimeFigures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Takes the figures monitoring reads and keeps them for {@code maxAge}: a scrape within that time is answered from
 * memory; the first one after it takes them again, in a handful of reads whatever the number of systems (all
 * systems, all dependencies, their checks, grouped counts, and two uptime tallies that read the day tallies and the
 * status log around them).
 */
public final class ShowMetricsService implements ShowMetrics {
    /** How long figures are kept before they are taken again, unless configured otherwise. */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofSeconds(5);

    private final Systems systems;
    private final Dependencies dependencies;
    private final Checks checks;
    private final MaintenanceWindows windows;
    private final OperationalCounts counts;
    private final UptimeLedger ledger;
    private final Clock clock;
    private final Duration maxAge;
    private MonitoringFigures kept;

    public ShowMetricsService(Systems systems, Dependencies dependencies, Checks checks, StatusHistory history,
                              StatusTallies tallies, MaintenanceWindows windows, OperationalCounts counts, Clock clock,
                              Duration maxAge) {
        this.systems = systems;
        this.dependencies = dependencies;
        this.checks = checks;
        this.windows = windows;
        this.counts = counts;
        this.ledger = new UptimeLedger(systems, dependencies, history, tallies, windows);
        this.clock = clock;
        this.maxAge = maxAge;
    }

    @Override
    public synchronized MonitoringFigures figures() {
        Instant now = clock.instant();
        if (kept == null || !now.isBefore(kept.takenAt().plus(maxAge)) || now.isBefore(kept.takenAt())) {
            kept = take(now);
        }
        return kept;
    }

    private MonitoringFigures take(Instant now) {
        List<MonitoredSystem> allSystems = systems.all();
        List<Dependency> allDependencies = dependencies.all().stream()
                .sorted(Comparator.comparingLong((Dependency d) -> d.id().value())).toList();
        List<UptimeLedger.Member> members = allSystems.stream().map(UptimeLedger.Member::of).toList();
        Map<Subject, StatusTimeline.Tally> day = ledger.tally(members, now.minus(Duration.ofHours(24)), now);
        Instant monthStart = LocalDate.ofInstant(now, ZoneOffset.UTC).withDayOfMonth(1).atStartOfDay()
                .toInstant(ZoneOffset.UTC);
        Map<Subject, StatusTimeline.Tally> month = ledger.tally(members, monthStart, now);
        List<SystemFigures> systemFigures = new ArrayList<>();
        Map<SystemId, String> names = new HashMap<>();
        for (MonitoredSystem s : allSystems.stream().sorted(Comparator.comparingLong(s -> s.id().value())).toList()) {
            names.put(s.id(), s.name());
            Subject subject = Subject.of(s.id());
            systemFigures.add(new SystemFigures(s.id(), s.name(), s.status(), s.details().slaTarget().percent(),
                    figures(day.get(subject), now).uptimePercent(),
                    figures(month.get(subject), now).availabilityPercent()));
        }
        Map<DependencyId, Check> checked = checks.byDependencies(allDependencies.stream().map(Dependency::id).toList());
        Map<DependencyId, ResultTotals> totals = counts.checkResults();
        List<DependencyFigures> dependencyFigures = new ArrayList<>();
        for (Dependency d : allDependencies) {
            Optional<Check> check = Optional.ofNullable(checked.get(d.id()));
            Optional<Duration> latency = check.flatMap(c -> c.state().last())
                    .filter(r -> r.verdict() != Verdict.DOWN).map(CheckResult::latency);
            ResultTotals t = totals.getOrDefault(d.id(), new ResultTotals(0, 0));
            dependencyFigures.add(new DependencyFigures(d.id(), d.name(), d.systemId(),
                    names.getOrDefault(d.systemId(), ""), d.status(), latency,
                    check.map(c -> c.state().consecutiveFailures()).orElse(0), t.results(), t.failures()));
        }
        long active = windows.overlapping(now, now.plusMillis(1)).stream()
                .filter(w -> w.state(now) == MaintenanceState.IN_PROGRESS).count();
        long scheduled = windows.upcoming(now).size();
        return new MonitoringFigures(now, systemFigures, dependencyFigures, counts.incidents(), active, scheduled,
                counts.unacknowledgedSlaBreaches(), counts.deliveries(), counts.deliveryAttempts());
    }

    private static UptimeFigures figures(StatusTimeline.Tally tally, Instant end) {
        return UptimeFigures.of(tally.tally(), tally.atStart(), tally.atEnd(), end);
    }
}
