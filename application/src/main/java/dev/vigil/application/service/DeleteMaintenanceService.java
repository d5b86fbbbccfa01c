package dev.vigil.application.service;

import dev.vigil.application.port.in.maintenance.DeleteMaintenance;
import dev.vigil.application.port.in.maintenance.UnknownMaintenance;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.StatusLog;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.maintenance.MaintenanceId;
import dev.vigil.domain.maintenance.MaintenanceWindow;
import java.time.Clock;
import java.time.Instant;

/**
 * Removes a window that never took effect; others are uptime history. Deleting a window still scheduled tells people
 * it is off, as cancelling it does.
 */
public final class DeleteMaintenanceService implements DeleteMaintenance {
    private final MaintenanceWindows windows;
    private final MaintenanceEffects effects;
    private final Transactions transactions;
    private final Clock clock;

    public DeleteMaintenanceService(MaintenanceWindows windows, Systems systems, Dependencies dependencies,
                                    StatusLog log, EventPublisher events, Transactions transactions, Clock clock) {
        this.windows = windows;
        this.effects = new MaintenanceEffects(systems, dependencies, windows, log, events);
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void delete(MaintenanceId id) {
        transactions.run(() -> {
            MaintenanceWindow window = windows.byId(id).orElseThrow(() -> new UnknownMaintenance(id));
            Instant now = clock.instant();
            window.requireDeletable(now);
            windows.delete(id);
            if (window.cancelledAt().isEmpty()) {
                effects.calledOff(window, now);
            }
        });
    }
}
