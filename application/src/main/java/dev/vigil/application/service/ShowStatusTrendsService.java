package dev.vigil.application.service;

import dev.vigil.application.port.in.status.Audience;
import dev.vigil.application.port.in.status.ShowStatusTrends;
import dev.vigil.application.port.in.status.StatusTrends;
import dev.vigil.application.port.out.CheckHistory;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.Incidents;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.StatusHistory;
import dev.vigil.application.port.out.StatusTallies;
import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.system.Visibility;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the trends of every system the audience may see (the public: public systems only). */
public final class ShowStatusTrendsService implements ShowStatusTrends {
    private final Systems systems;
    private final TrendReader reader;

    public ShowStatusTrendsService(Systems systems, Dependencies dependencies, StatusHistory history,
                                   StatusTallies tallies, MaintenanceWindows windows, Incidents incidents,
                                   CheckHistory checkHistory, Clock clock) {
        this.systems = systems;
        this.reader = new TrendReader(systems, dependencies, history, tallies, windows, incidents, checkHistory, clock);
    }

    @Override
    public StatusTrends show(Audience audience) {
        List<MonitoredSystem> shown = systems.all().stream()
                .filter(s -> audience == Audience.OPERATORS || s.visibility() == Visibility.PUBLIC).toList();
        Set<SystemId> ids = shown.stream().map(MonitoredSystem::id).collect(Collectors.toSet());
        List<Dependency> theirs = reader.dependencies().all().stream().filter(d -> ids.contains(d.systemId())).toList();
        return reader.read(shown, theirs);
    }
}
