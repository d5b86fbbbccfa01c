package dev.vigil.application.service;

import dev.vigil.application.port.in.analytics.AnalyticsQuery;
import dev.vigil.application.port.in.analytics.ShowSystemAnalytics;
import dev.vigil.application.port.in.analytics.SubjectAnalytics;
import dev.vigil.application.port.in.analytics.SystemAnalytics;
import dev.vigil.application.port.in.system.UnknownSystem;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.Incidents;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.StatusHistory;
import dev.vigil.application.port.out.StatusTallies;
import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.uptime.Interval;
import dev.vigil.domain.uptime.Subject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Analytics of one system and its dependencies. */
public final class ShowSystemAnalyticsService implements ShowSystemAnalytics {
    private final Systems systems;
    private final Dependencies dependencies;
    private final AnalyticsReader reader;
    private final Clock clock;

    public ShowSystemAnalyticsService(Systems systems, Dependencies dependencies, StatusHistory history,
                                      StatusTallies tallies, MaintenanceWindows windows, Incidents incidents,
                                      Clock clock) {
        this.systems = systems;
        this.dependencies = dependencies;
        this.reader = new AnalyticsReader(systems, dependencies, history, tallies, windows, incidents);
        this.clock = clock;
    }

    @Override
    public SystemAnalytics show(SystemId id, AnalyticsQuery query) {
        MonitoredSystem system = systems.byId(id).orElseThrow(() -> new UnknownSystem(id));
        Interval window = AnalyticsWindows.resolve(query, clock.instant());
        List<UptimeLedger.Member> members = new ArrayList<>();
        members.add(UptimeLedger.Member.of(system));
        dependencies.ofSystem(id).forEach(d -> members.add(UptimeLedger.Member.of(d)));
        Map<Subject, SubjectAnalytics> all = reader.analyse(members, window, reader.incidentsIn(window));
        List<SubjectAnalytics> ofDependencies = members.stream().skip(1).map(m -> all.get(m.subject())).toList();
        return new SystemAnalytics(window, query.period(), all.get(Subject.of(id)), ofDependencies);
    }
}
