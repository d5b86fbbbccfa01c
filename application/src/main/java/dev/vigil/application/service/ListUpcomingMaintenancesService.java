package dev.vigil.application.service;

import dev.vigil.application.port.in.maintenance.ListUpcomingMaintenances;
import dev.vigil.application.port.in.maintenance.MaintenanceSnapshot;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.domain.maintenance.MaintenanceState;
import java.time.Clock;
import java.util.List;

/** Lists the windows still to come, earliest first. */
public final class ListUpcomingMaintenancesService implements ListUpcomingMaintenances {
    private final MaintenanceWindows windows;
    private final Clock clock;

    public ListUpcomingMaintenancesService(MaintenanceWindows windows, Clock clock) {
        this.windows = windows;
        this.clock = clock;
    }

    @Override
    public List<MaintenanceSnapshot> upcoming() {
        return windows.upcoming(clock.instant()).stream()
                .map(w -> new MaintenanceSnapshot(w, MaintenanceState.SCHEDULED))
                .toList();
    }
}
