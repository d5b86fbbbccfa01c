package dev.vigil.application.service;

import dev.vigil.application.port.in.maintenance.MaintenanceSnapshot;
import dev.vigil.application.port.in.maintenance.RescheduleMaintenance;
import dev.vigil.application.port.in.maintenance.RescheduleMaintenanceCommand;
import dev.vigil.application.port.in.maintenance.UnknownMaintenance;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.StatusLog;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.maintenance.MaintenanceWindow;
import java.time.Clock;
import java.time.Instant;

/** Changes a window that has not ended, and tells people when its times or systems moved. */
public final class RescheduleMaintenanceService implements RescheduleMaintenance {
    private final MaintenanceWindows windows;
    private final MaintenanceEffects effects;
    private final Transactions transactions;
    private final Clock clock;

    public RescheduleMaintenanceService(MaintenanceWindows windows, Systems systems, Dependencies dependencies,
                                        StatusLog log, EventPublisher events, Transactions transactions, Clock clock) {
        this.windows = windows;
        this.effects = new MaintenanceEffects(systems, dependencies, windows, log, events);
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public MaintenanceSnapshot reschedule(RescheduleMaintenanceCommand command) {
        return transactions.inTransaction(() -> {
            MaintenanceWindow window = windows.byId(command.id())
                    .orElseThrow(() -> new UnknownMaintenance(command.id()));
            command.systems().ifPresent(effects::requireExisting);
            Instant now = clock.instant();
            MaintenanceWindow changed = window.reschedule(command.title(), command.description(), command.startsAt(),
                    command.endsAt(), command.systems(), now);
            if (changed.title().equals(window.title()) && changed.description().equals(window.description())
                    && changed.startsAt().equals(window.startsAt()) && changed.endsAt().equals(window.endsAt())
                    && changed.systems().equals(window.systems())) {
                return new MaintenanceSnapshot(window, window.state(now));
            }
            windows.save(changed);
            boolean moved = !changed.startsAt().equals(window.startsAt()) || !changed.endsAt().equals(window.endsAt())
                    || !changed.systems().equals(window.systems());
            if (moved) {
                effects.scheduled(changed, true, now);
            }
            MaintenanceWindow applied = effects.applyDue(changed, now);
            return new MaintenanceSnapshot(applied, applied.state(now));
        });
    }
}
