package dev.vigil.application.service;

import dev.vigil.application.port.in.system.ChangeSystemStatus;
import dev.vigil.application.port.in.system.ChangeSystemStatusCommand;
import dev.vigil.application.port.in.system.UnknownSystem;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.StatusLog;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.status.StatusSource;
import dev.vigil.domain.system.MonitoredSystem;
import java.time.Clock;
import java.time.Instant;

/**
 * Sets a system's manual status. Asking for the manual status it already has changes nothing; otherwise the status
 * is derived again and, when the shown status changes, logged with source {@code manual}.
 */
public final class ChangeSystemStatusService implements ChangeSystemStatus {
    private final Systems systems;
    private final Dependencies dependencies;
    private final StatusRecorder recorder;
    private final Transactions transactions;
    private final Clock clock;

    public ChangeSystemStatusService(Systems systems, Dependencies dependencies, StatusLog log, EventPublisher events,
                                     MaintenanceWindows windows, Transactions transactions, Clock clock) {
        this.systems = systems;
        this.dependencies = dependencies;
        this.recorder = new StatusRecorder(log, events, systems, dependencies, windows);
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public MonitoredSystem change(ChangeSystemStatusCommand command) {
        return transactions.inTransaction(() -> {
            MonitoredSystem system = systems.byId(command.id()).orElseThrow(() -> new UnknownSystem(command.id()));
            if (system.manualStatus() == command.status()) {
                return system;
            }
            Instant now = clock.instant();
            MonitoredSystem.RollUp rollUp = system.changeManualStatus(command.status(),
                    dependencies.ofSystem(system.id()), recorder.inMaintenance(system.id()), now);
            systems.save(rollUp.system());
            if (rollUp.changed()) {
                recorder.record(StatusChange.ofSystem(system.id(), rollUp.previous(), rollUp.system().status(),
                        command.message(), StatusSource.MANUAL, rollUp.cause(), now));
            }
            return rollUp.system();
        });
    }
}
