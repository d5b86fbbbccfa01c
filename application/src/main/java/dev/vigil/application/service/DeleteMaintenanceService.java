package dev.vigil.application.service;

import dev.vigil.application.port.in.maintenance.DeleteMaintenance;
import dev.vigil.application.port.in.maintenance.UnknownMaintenance;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.maintenance.MaintenanceId;
import dev.vigil.domain.maintenance.MaintenanceWindow;
import java.time.Clock;

/** Removes a window that never took effect; others are uptime history. */
public final class DeleteMaintenanceService implements DeleteMaintenance {
    private final MaintenanceWindows windows;
    private final Transactions transactions;
    private final Clock clock;

    public DeleteMaintenanceService(MaintenanceWindows windows, Transactions transactions, Clock clock) {
        this.windows = windows;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void delete(MaintenanceId id) {
        transactions.run(() -> {
            MaintenanceWindow window = windows.byId(id).orElseThrow(() -> new UnknownMaintenance(id));
            window.requireDeletable(clock.instant());
            windows.delete(id);
        });
    }
}
