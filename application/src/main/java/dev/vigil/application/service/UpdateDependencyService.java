package dev.vigil.application.service;

import dev.vigil.application.port.in.dependency.UnknownDependency;
import dev.vigil.application.port.in.dependency.UpdateDependency;
import dev.vigil.application.port.in.dependency.UpdateDependencyCommand;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.StatusLog;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyDetails;
import java.time.Clock;
import java.time.Instant;

/** Changes the given fields of a dependency; a new criticality re-runs the system's roll-up. */
public final class UpdateDependencyService implements UpdateDependency {
    private final Systems systems;
    private final Dependencies dependencies;
    private final SystemStatusDerivation derivation;
    private final Transactions transactions;
    private final Clock clock;

    public UpdateDependencyService(Systems systems, Dependencies dependencies, StatusLog log, EventPublisher events,
                                   MaintenanceWindows windows, Transactions transactions, Clock clock) {
        this.systems = systems;
        this.dependencies = dependencies;
        this.derivation = new SystemStatusDerivation(systems, dependencies,
                new StatusRecorder(log, events, systems, dependencies, windows));
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Dependency update(UpdateDependencyCommand command) {
        return transactions.inTransaction(() -> {
            Dependency dependency = dependencies.byId(command.id()).orElseThrow(() -> new UnknownDependency(command.id()));
            DependencyDetails details = dependency.details();
            details = command.name().map(details::withName).orElse(details);
            details = command.description().map(details::withDescription).orElse(details);
            details = command.criticality().map(details::withCriticality).orElse(details);
            if (details.equals(dependency.details())) {
                return dependency;
            }
            Instant now = clock.instant();
            Dependency updated = dependency.describe(details, now);
            dependencies.save(updated);
            if (updated.criticality() != dependency.criticality()) {
                systems.byId(updated.systemId()).ifPresent(system -> derivation.deriveAgain(system, now));
            }
            return updated;
        });
    }
}
