package dev.vigil.application.service;

import dev.vigil.application.port.in.sla.ShowSlaStatus;
import dev.vigil.application.port.in.sla.SlaStatus;
import dev.vigil.application.port.in.system.UnknownSystem;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.StatusHistory;
import dev.vigil.application.port.out.StatusTallies;
import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.sla.PeriodWindow;
import dev.vigil.domain.sla.SlaPeriod;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.uptime.Subject;
import java.time.Clock;
import java.util.List;

/** A system's SLA compliance in the current period. */
public final class ShowSlaStatusService implements ShowSlaStatus {
    private final Systems systems;
    private final SlaReckoner reckoner;
    private final Clock clock;

    public ShowSlaStatusService(Systems systems, Dependencies dependencies, StatusHistory history,
                                StatusTallies tallies, MaintenanceWindows windows, Clock clock) {
        this.systems = systems;
        this.reckoner = new SlaReckoner(systems, dependencies, history, tallies, windows);
        this.clock = clock;
    }

    @Override
    public SlaStatus show(SystemId id, SlaPeriod period) {
        MonitoredSystem system = systems.byId(id).orElseThrow(() -> new UnknownSystem(id));
        PeriodWindow window = period.current(clock.instant());
        SlaReckoner.Reckoning r = reckoner.reckon(List.of(system), window).get(Subject.of(id));
        return new SlaStatus(system, period, window, r.figures(), r.assessment());
    }
}
