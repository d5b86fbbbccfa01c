package dev.vigil.application.service;

import dev.vigil.application.port.in.dependency.ChangeDependencyStatus;
import dev.vigil.application.port.in.dependency.ChangeDependencyStatusCommand;
import dev.vigil.application.port.in.dependency.UnknownDependency;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.StatusLog;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.status.StatusSource;
import dev.vigil.domain.system.Dependency;
import java.time.Clock;
import java.time.Instant;

/**
 * Sets a dependency's status by hand. The same status again changes nothing; a new one is logged with source
 * {@code manual} and re-runs the system's roll-up.
 */
public final class ChangeDependencyStatusService implements ChangeDependencyStatus {
    private final Systems systems;
    private final Dependencies dependencies;
    private final StatusRecorder recorder;
    private final SystemStatusDerivation derivation;
    private final Transactions transactions;
    private final Clock clock;

    public ChangeDependencyStatusService(Systems systems, Dependencies dependencies, StatusLog log,
                                         EventPublisher events, MaintenanceWindows windows,
                                         Transactions transactions, Clock clock) {
        this.systems = systems;
        this.dependencies = dependencies;
        this.recorder = new StatusRecorder(log, events, systems, dependencies, windows);
        this.derivation = new SystemStatusDerivation(systems, dependencies, recorder);
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Dependency change(ChangeDependencyStatusCommand command) {
        return transactions.inTransaction(() -> {
            Dependency dependency = dependencies.byId(command.id()).orElseThrow(() -> new UnknownDependency(command.id()));
            if (dependency.status() == command.status()) {
                return dependency;
            }
            Instant now = clock.instant();
            Dependency changed = dependency.changeStatus(command.status(), now);
            dependencies.save(changed);
            recorder.record(StatusChange.ofDependency(changed.systemId(), changed.id(), dependency.status(),
                    changed.status(), command.message(), StatusSource.MANUAL, now));
            systems.byId(changed.systemId()).ifPresent(system -> derivation.deriveAgain(system, now));
            return changed;
        });
    }
}
