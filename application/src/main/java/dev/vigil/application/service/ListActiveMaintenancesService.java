package dev.vigil.application.service;

import dev.vigil.application.port.in.maintenance.ListActiveMaintenances;
import dev.vigil.application.port.in.maintenance.MaintenanceSnapshot;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.domain.maintenance.MaintenanceState;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Lists the windows in progress now, by the clock. */
public final class ListActiveMaintenancesService implements ListActiveMaintenances {
    private final MaintenanceWindows windows;
    private final Clock clock;

    public ListActiveMaintenancesService(MaintenanceWindows windows, Clock clock) {
        this.windows = windows;
        this.clock = clock;
    }

    @Override
    public List<MaintenanceSnapshot> active() {
        Instant now = clock.instant();
        return windows.overlapping(now, now.plusMillis(1)).stream()
                .filter(w -> w.state(now) == MaintenanceState.IN_PROGRESS)
                .map(w -> new MaintenanceSnapshot(w, MaintenanceState.IN_PROGRESS))
                .toList();
    }
}
