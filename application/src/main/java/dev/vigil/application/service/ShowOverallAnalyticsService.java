package dev.vigil.application.service;

import dev.vigil.application.port.in.analytics.AnalyticsQuery;
import dev.vigil.application.port.in.analytics.IncidentCounts;
import dev.vigil.application.port.in.analytics.OverallAnalytics;
import dev.vigil.application.port.in.analytics.ShowOverallAnalytics;
import dev.vigil.application.port.in.analytics.SubjectAnalytics;
import dev.vigil.application.port.in.analytics.SystemAnalytics;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.Incidents;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.StatusHistory;
import dev.vigil.application.port.out.StatusTallies;
import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.uptime.Interval;
import dev.vigil.domain.uptime.Subject;
import dev.vigil.domain.uptime.UptimeFigures;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Analytics of every system and dependency, and overall figures pooled over the systems. */
public final class ShowOverallAnalyticsService implements ShowOverallAnalytics {
    static final Comparator<SubjectAnalytics> BY_NAME = Comparator
            .comparing((SubjectAnalytics a) -> a.name().toLowerCase(Locale.ROOT))
            .thenComparingLong(a -> a.subject().id());

    private final AnalyticsReader reader;
    private final Clock clock;

    public ShowOverallAnalyticsService(Systems systems, Dependencies dependencies, StatusHistory history,
                                       StatusTallies tallies, MaintenanceWindows windows, Incidents incidents,
                                       Clock clock) {
        this.reader = new AnalyticsReader(systems, dependencies, history, tallies, windows, incidents);
        this.clock = clock;
    }

    @Override
    public OverallAnalytics show(AnalyticsQuery query) {
        Interval window = AnalyticsWindows.resolve(query, clock.instant());
        List<Incident> incidents = reader.incidentsIn(window);
        Map<Subject, SubjectAnalytics> all = reader.analyse(reader.ledger().members(), window, incidents);
        List<SubjectAnalytics> systemRows = all.values().stream()
                .filter(a -> a.subject().kind() == Subject.Kind.SYSTEM).sorted(BY_NAME).toList();
        Map<SystemId, List<SubjectAnalytics>> dependenciesBySystem = all.values().stream()
                .filter(a -> a.subject().kind() == Subject.Kind.DEPENDENCY)
                .sorted(BY_NAME)
                .collect(Collectors.groupingBy(SubjectAnalytics::system));
        List<SystemAnalytics> systems = new ArrayList<>();
        for (SubjectAnalytics system : systemRows) {
            systems.add(new SystemAnalytics(window, query.period(), system,
                    dependenciesBySystem.getOrDefault(system.system(), List.of())));
        }
        UptimeFigures overall = UptimeFigures.pooled(systemRows.stream().map(SubjectAnalytics::figures).toList());
        return new OverallAnalytics(window, query.period(), overall,
                IncidentCounts.of(incidents, window.start(), window.end()), systems);
    }
}
