package dev.vigil.application.service;

import dev.vigil.application.port.in.analytics.AnalyticsQuery;
import dev.vigil.application.port.in.analytics.DependencyAnalytics;
import dev.vigil.application.port.in.analytics.ShowDependencyAnalytics;
import dev.vigil.application.port.in.dependency.UnknownDependency;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.Incidents;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.StatusHistory;
import dev.vigil.application.port.out.StatusTallies;
import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.uptime.Interval;
import dev.vigil.domain.uptime.Subject;
import java.time.Clock;
import java.util.List;

/** Analytics of one dependency. */
public final class ShowDependencyAnalyticsService implements ShowDependencyAnalytics {
    private final Dependencies dependencies;
    private final AnalyticsReader reader;
    private final Clock clock;

    public ShowDependencyAnalyticsService(Systems systems, Dependencies dependencies, StatusHistory history,
                                          StatusTallies tallies, MaintenanceWindows windows, Incidents incidents,
                                          Clock clock) {
        this.dependencies = dependencies;
        this.reader = new AnalyticsReader(systems, dependencies, history, tallies, windows, incidents);
        this.clock = clock;
    }

    @Override
    public DependencyAnalytics show(DependencyId id, AnalyticsQuery query) {
        Dependency dependency = dependencies.byId(id).orElseThrow(() -> new UnknownDependency(id));
        Interval window = AnalyticsWindows.resolve(query, clock.instant());
        var member = UptimeLedger.Member.of(dependency);
        var analysed = reader.analyse(List.of(member), window, reader.incidentsIn(window));
        return new DependencyAnalytics(window, query.period(), analysed.get(Subject.of(id)));
    }
}
