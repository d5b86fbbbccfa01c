package dev.vigil.application.service;

import dev.vigil.application.port.in.status.ShowSystemTrends;
import dev.vigil.application.port.in.status.StatusTrends;
import dev.vigil.application.port.in.system.UnknownSystem;
import dev.vigil.application.port.out.CheckHistory;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.Incidents;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.StatusHistory;
import dev.vigil.application.port.out.StatusTallies;
import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemId;
import java.time.Clock;
import java.util.List;

/** Reads one system's trends, whatever its visibility (for its operators). */
public final class ShowSystemTrendsService implements ShowSystemTrends {
    private final Systems systems;
    private final TrendReader reader;

    public ShowSystemTrendsService(Systems systems, Dependencies dependencies, StatusHistory history,
                                   StatusTallies tallies, MaintenanceWindows windows, Incidents incidents,
                                   CheckHistory checkHistory, Clock clock) {
        this.systems = systems;
        this.reader = new TrendReader(systems, dependencies, history, tallies, windows, incidents, checkHistory, clock);
    }

    @Override
    public StatusTrends of(SystemId id) {
        MonitoredSystem system = systems.byId(id).orElseThrow(() -> new UnknownSystem(id));
        return reader.read(List.of(system), reader.dependencies().ofSystem(id));
    }
}
