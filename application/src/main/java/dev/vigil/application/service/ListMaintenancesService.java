package dev.vigil.application.service;

import dev.vigil.application.port.in.maintenance.ListMaintenances;
import dev.vigil.application.port.in.maintenance.MaintenanceSnapshot;
import dev.vigil.application.port.out.MaintenanceWindows;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Pages through every window, latest start first, each with its state now. */
public final class ListMaintenancesService implements ListMaintenances {
    private final MaintenanceWindows windows;
    private final Clock clock;

    public ListMaintenancesService(MaintenanceWindows windows, Clock clock) {
        this.windows = windows;
        this.clock = clock;
    }

    @Override
    public List<MaintenanceSnapshot> page(int limit, int offset) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        Instant now = clock.instant();
        return windows.page(limit, offset).stream().map(w -> new MaintenanceSnapshot(w, w.state(now))).toList();
    }
}
