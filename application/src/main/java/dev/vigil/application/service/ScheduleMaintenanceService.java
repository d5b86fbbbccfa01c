package dev.vigil.application.service;

import dev.vigil.application.port.in.maintenance.MaintenanceSnapshot;
import dev.vigil.application.port.in.maintenance.ScheduleMaintenance;
import dev.vigil.application.port.in.maintenance.ScheduleMaintenanceCommand;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.StatusLog;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.maintenance.MaintenanceWindow;
import java.time.Clock;
import java.time.Instant;

/** Plans a window for existing systems; one that starts now takes effect at once. */
public final class ScheduleMaintenanceService implements ScheduleMaintenance {
    private final MaintenanceWindows windows;
    private final MaintenanceEffects effects;
    private final Transactions transactions;
    private final Clock clock;

    public ScheduleMaintenanceService(MaintenanceWindows windows, Systems systems, Dependencies dependencies,
                                      StatusLog log, EventPublisher events, Transactions transactions, Clock clock) {
        this.windows = windows;
        this.effects = new MaintenanceEffects(systems, dependencies, windows, log, events);
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public MaintenanceSnapshot schedule(ScheduleMaintenanceCommand command) {
        return transactions.inTransaction(() -> {
            effects.requireExisting(command.systems());
            Instant now = clock.instant();
            MaintenanceWindow window = MaintenanceWindow.schedule(windows.nextId(), command.title(),
                    command.description(), command.startsAt(), command.endsAt(), command.systems(), now);
            windows.save(window);
            effects.scheduled(window, false, now);
            MaintenanceWindow applied = effects.applyDue(window, now);
            return new MaintenanceSnapshot(applied, applied.state(now));
        });
    }
}
