package dev.vigil.application.service;

import dev.vigil.application.port.in.maintenance.CancelMaintenance;
import dev.vigil.application.port.in.maintenance.MaintenanceSnapshot;
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
 * Cancels a window; one in progress ends at once and its systems' statuses are derived again. Either way people are
 * told that it is over ({@code maintenance_completed}, cancelled).
 */
public final class CancelMaintenanceService implements CancelMaintenance {
    private final MaintenanceWindows windows;
    private final MaintenanceEffects effects;
    private final Transactions transactions;
    private final Clock clock;

    public CancelMaintenanceService(MaintenanceWindows windows, Systems systems, Dependencies dependencies,
                                    StatusLog log, EventPublisher events, Transactions transactions, Clock clock) {
        this.windows = windows;
        this.effects = new MaintenanceEffects(systems, dependencies, windows, log, events);
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public MaintenanceSnapshot cancel(MaintenanceId id) {
        return transactions.inTransaction(() -> {
            MaintenanceWindow window = windows.byId(id).orElseThrow(() -> new UnknownMaintenance(id));
            Instant now = clock.instant();
            MaintenanceWindow cancelled = window.cancel(now);
            windows.save(cancelled);
            MaintenanceWindow applied = effects.applyDue(cancelled, now);
            if (applied.activatedAt().isEmpty()) {
                effects.calledOff(applied, now);
            }
            return new MaintenanceSnapshot(applied, applied.state(now));
        });
    }
}
