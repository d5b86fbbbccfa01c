package dev.vigil.application.service;

import dev.vigil.application.port.in.sla.ListSlaStatuses;
import dev.vigil.application.port.in.sla.SlaStatus;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.StatusHistory;
import dev.vigil.application.port.out.StatusTallies;
import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.sla.PeriodWindow;
import dev.vigil.domain.sla.SlaPeriod;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.uptime.Subject;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Reckons every system's SLA at once (one read of the tallies and the log for all of them, not one per system). */
public final class ListSlaStatusesService implements ListSlaStatuses {
    private final Systems systems;
    private final SlaReckoner reckoner;
    private final Clock clock;

    public ListSlaStatusesService(Systems systems, Dependencies dependencies, StatusHistory history,
                                  StatusTallies tallies, MaintenanceWindows windows, Clock clock) {
        this.systems = systems;
        this.reckoner = new SlaReckoner(systems, dependencies, history, tallies, windows);
        this.clock = clock;
    }

    @Override
    public List<SlaStatus> list(SlaPeriod period) {
        List<MonitoredSystem> all = systems.all();
        PeriodWindow window = period.current(clock.instant());
        Map<Subject, SlaReckoner.Reckoning> reckoned = reckoner.reckon(all, window);
        return all.stream().map(s -> {
            SlaReckoner.Reckoning r = reckoned.get(Subject.of(s.id()));
            return new SlaStatus(s, period, window, r.figures(), r.assessment());
        }).toList();
    }
}
