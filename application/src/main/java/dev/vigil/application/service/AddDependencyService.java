package dev.vigil.application.service;

import dev.vigil.application.port.in.dependency.AddDependency;
import dev.vigil.application.port.in.dependency.AddDependencyCommand;
import dev.vigil.application.port.in.system.UnknownSystem;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.StatusLog;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyDetails;
import dev.vigil.domain.system.MonitoredSystem;
import java.time.Clock;
import java.time.Instant;

/** Adds a dependency to a system and re-runs the system's roll-up. */
public final class AddDependencyService implements AddDependency {
    private final Systems systems;
    private final Dependencies dependencies;
    private final SystemStatusDerivation derivation;
    private final Transactions transactions;
    private final Clock clock;

    public AddDependencyService(Systems systems, Dependencies dependencies, StatusLog log, EventPublisher events,
                                MaintenanceWindows windows, Transactions transactions, Clock clock) {
        this.systems = systems;
        this.dependencies = dependencies;
        this.derivation = new SystemStatusDerivation(systems, dependencies,
                new StatusRecorder(log, events, systems, dependencies, windows));
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Dependency add(AddDependencyCommand command) {
        DependencyDetails details = new DependencyDetails(command.name(), command.description(), command.criticality());
        return transactions.inTransaction(() -> {
            MonitoredSystem system = systems.byId(command.system()).orElseThrow(() -> new UnknownSystem(command.system()));
            Instant now = clock.instant();
            Dependency dependency = Dependency.add(dependencies.nextId(), system.id(), details, now);
            dependencies.save(dependency);
            derivation.deriveAgain(system, now);
            return dependency;
        });
    }
}
