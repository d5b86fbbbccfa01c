package dev.vigil.application.service;

import dev.vigil.application.port.in.maintenance.ApplyMaintenanceWindows;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.StatusLog;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.maintenance.MaintenanceWindow;
import java.time.Clock;
import java.time.Instant;

/** Applies every due start and end, one window per transaction. */
public final class ApplyMaintenanceWindowsService implements ApplyMaintenanceWindows {
    private final MaintenanceWindows windows;
    private final MaintenanceEffects effects;
    private final Transactions transactions;
    private final Clock clock;

    public ApplyMaintenanceWindowsService(MaintenanceWindows windows, Systems systems, Dependencies dependencies,
                                          StatusLog log, EventPublisher events, Transactions transactions,
                                          Clock clock) {
        this.windows = windows;
        this.effects = new MaintenanceEffects(systems, dependencies, windows, log, events);
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Applied apply() {
        int started = 0;
        int ended = 0;
        for (MaintenanceWindow pending : windows.pendingAt(clock.instant())) {
            Instant now = clock.instant();
            if (!pending.needsActivation(now) && !pending.needsDeactivation(now)) {
                continue;
            }
            MaintenanceWindow result = transactions.inTransaction(() -> windows.byId(pending.id())
                    .map(current -> effects.applyDue(current, clock.instant())).orElse(pending));
            if (result.isInEffect() && !pending.isInEffect()) {
                started++;
            } else if (pending.isInEffect() && !result.isInEffect()) {
                ended++;
            }
        }
        return new Applied(started, ended);
    }
}
