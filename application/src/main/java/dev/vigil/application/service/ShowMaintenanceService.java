package dev.vigil.application.service;

import dev.vigil.application.port.in.maintenance.MaintenanceSnapshot;
import dev.vigil.application.port.in.maintenance.ShowMaintenance;
import dev.vigil.application.port.in.maintenance.UnknownMaintenance;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.domain.maintenance.MaintenanceId;
import dev.vigil.domain.maintenance.MaintenanceWindow;
import java.time.Clock;

/** Finds one window, with its state now. */
public final class ShowMaintenanceService implements ShowMaintenance {
    private final MaintenanceWindows windows;
    private final Clock clock;

    public ShowMaintenanceService(MaintenanceWindows windows, Clock clock) {
        this.windows = windows;
        this.clock = clock;
    }

    @Override
    public MaintenanceSnapshot show(MaintenanceId id) {
        MaintenanceWindow window = windows.byId(id).orElseThrow(() -> new UnknownMaintenance(id));
        return new MaintenanceSnapshot(window, window.state(clock.instant()));
    }
}
