package dev.vigil.application.service;

import dev.vigil.application.port.in.analytics.AnalyticsQuery;
import dev.vigil.application.port.in.sla.CreateSlaReport;
import dev.vigil.application.port.in.sla.CreateSlaReportCommand;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.SlaReports;
import dev.vigil.application.port.out.StatusHistory;
import dev.vigil.application.port.out.StatusTallies;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.sla.PeriodWindow;
import dev.vigil.domain.sla.SlaPeriod;
import dev.vigil.domain.sla.SlaReport;
import dev.vigil.domain.sla.SlaReportLine;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.uptime.Interval;
import dev.vigil.domain.uptime.StatusTimeline;
import dev.vigil.domain.uptime.Subject;
import dev.vigil.domain.uptime.UptimeFigures;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Generates a report over every system (assessed against its target) and each of its dependencies, and stores it. */
public final class CreateSlaReportService implements CreateSlaReport {
    private final Dependencies dependencies;
    private final SlaReports reports;
    private final SlaReckoner reckoner;
    private final Transactions transactions;
    private final Clock clock;

    public CreateSlaReportService(Systems systems, Dependencies dependencies, StatusHistory history,
                                  StatusTallies tallies, MaintenanceWindows windows, SlaReports reports,
                                  Transactions transactions, Clock clock) {
        this.dependencies = dependencies;
        this.reports = reports;
        this.reckoner = new SlaReckoner(systems, dependencies, history, tallies, windows);
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public SlaReport create(CreateSlaReportCommand command) {
        Instant now = clock.instant();
        PeriodWindow window = window(command, now);
        List<MonitoredSystem> systems = reckoner.systems().all();
        Map<Subject, SlaReckoner.Reckoning> reckoned = reckoner.reckon(systems, window);
        Map<SystemId, List<Dependency>> bySystem = dependencies.all().stream()
                .sorted(Dependency.BY_NAME).collect(Collectors.groupingBy(Dependency::systemId));
        List<UptimeLedger.Member> dependencyMembers = bySystem.values().stream().flatMap(List::stream)
                .map(UptimeLedger.Member::of).toList();
        Map<Subject, StatusTimeline.Tally> dependencyTallies = reckoner.ledger().tally(dependencyMembers,
                window.from(), window.to());
        List<SlaReportLine> lines = new ArrayList<>();
        for (MonitoredSystem system : systems) {
            SlaReckoner.Reckoning r = reckoned.get(Subject.of(system.id()));
            lines.add(SlaReportLine.ofSystem(system.id(), system.name(), r.figures(), r.assessment()));
            for (Dependency d : bySystem.getOrDefault(system.id(), List.of())) {
                StatusTimeline.Tally t = dependencyTallies.get(Subject.of(d.id()));
                lines.add(SlaReportLine.ofDependency(system.id(), d.id(), d.name(),
                        UptimeFigures.of(t.tally(), t.atStart(), t.atEnd(), window.to())));
            }
        }
        return transactions.inTransaction(() -> {
            SlaReport report = new SlaReport(reports.nextId(), command.title().filter(t -> !t.isBlank())
                    .orElseGet(() -> defaultTitle(command.period(), window)), command.period(), window, now,
                    command.by(), lines);
            reports.save(report);
            return report;
        });
    }

    private static PeriodWindow window(CreateSlaReportCommand command, Instant now) {
        if (command.from().isPresent()) {
            Interval measured = AnalyticsWindows.resolve(new AnalyticsQuery(Optional.empty(), command.from(),
                    command.to()), now);
            return PeriodWindow.between(measured.start(), measured.end());
        }
        return command.period().orElse(SlaPeriod.MONTH).current(now);
    }

    private static String defaultTitle(Optional<SlaPeriod> period, PeriodWindow window) {
        LocalDate from = LocalDate.ofInstant(window.from(), ZoneOffset.UTC);
        if (period.isPresent()) {
            return "SLA report, " + period.get().wireName() + " from " + from;
        }
        return "SLA report " + window.from() + " to " + window.to();
    }

}
