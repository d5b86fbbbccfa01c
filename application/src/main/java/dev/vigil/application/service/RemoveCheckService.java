package dev.vigil.application.service;

import dev.vigil.application.port.in.check.RemoveCheck;
import dev.vigil.application.port.in.dependency.UnknownDependency;
import dev.vigil.application.port.out.Checks;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.StatusLog;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.check.NoCheckConfigured;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Removes a dependency's check. The status stays as it is (a person sets it from now on), except that a
 * dependency still waiting for its first result leaves {@code unknown} for operational, as if it never had a check.
 */
public final class RemoveCheckService implements RemoveCheck {
    private final Dependencies dependencies;
    private final Checks checks;
    private final CheckStatusChanges changes;
    private final Transactions transactions;
    private final Clock clock;

    public RemoveCheckService(Systems systems, Dependencies dependencies, Checks checks, StatusLog log,
                              EventPublisher events, MaintenanceWindows windows, Transactions transactions, Clock clock) {
        this.dependencies = dependencies;
        this.checks = checks;
        this.changes = new CheckStatusChanges(systems, dependencies, new StatusRecorder(log, events, systems, dependencies, windows));
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Dependency remove(DependencyId id) {
        return transactions.inTransaction(() -> {
            Dependency dependency = dependencies.byId(id).orElseThrow(() -> new UnknownDependency(id));
            checks.byDependency(id).orElseThrow(() -> new NoCheckConfigured(id, "check"));
            checks.delete(id);
            if (dependency.status() != Status.UNKNOWN) {
                return dependency;
            }
            Instant now = clock.instant();
            Dependency after = changes.change(dependency, Status.OPERATIONAL, "Check removed before its first result", now);
            changes.deriveAgain(List.of(after.systemId()), now);
            return after;
        });
    }
}
