package dev.vigil.application.service;

import dev.vigil.application.port.in.dependency.RemoveDependency;
import dev.vigil.application.port.in.dependency.UnknownDependency;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.StatusLog;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyId;
import java.time.Clock;

/** Removes a dependency and re-runs its system's roll-up, so removing the last failing one clears the system. */
public final class RemoveDependencyService implements RemoveDependency {
    private final Systems systems;
    private final Dependencies dependencies;
    private final SystemStatusDerivation derivation;
    private final Transactions transactions;
    private final Clock clock;

    public RemoveDependencyService(Systems systems, Dependencies dependencies, StatusLog log, EventPublisher events,
                                   MaintenanceWindows windows, Transactions transactions, Clock clock) {
        this.systems = systems;
        this.dependencies = dependencies;
        this.derivation = new SystemStatusDerivation(systems, dependencies,
                new StatusRecorder(log, events, systems, dependencies, windows));
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void remove(DependencyId id) {
        transactions.run(() -> {
            Dependency dependency = dependencies.byId(id).orElseThrow(() -> new UnknownDependency(id));
            dependencies.delete(id);
            systems.byId(dependency.systemId()).ifPresent(system -> derivation.deriveAgain(system, clock.instant()));
        });
    }
}
