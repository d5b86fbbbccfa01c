package dev.vigil.application.service;

import dev.vigil.application.port.in.check.CheckHeartbeats;
import dev.vigil.application.port.out.CheckHistory;
import dev.vigil.application.port.out.Checks;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.StatusLog;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.check.Check;
import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.check.HeartbeatMissing;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Marks overdue push checks missing, once per missing spell: a {@code missing} result, the dependency in outage
 * (logged with source {@code check}), a roll-up, and a {@code HEARTBEAT_MISSING} event with the names involved.
 */
public final class CheckHeartbeatsService implements CheckHeartbeats {
    private final Systems systems;
    private final Dependencies dependencies;
    private final Checks checks;
    private final CheckHistory history;
    private final CheckStatusChanges changes;
    private final EventPublisher events;
    private final Transactions transactions;
    private final Clock clock;

    public CheckHeartbeatsService(Systems systems, Dependencies dependencies, Checks checks, CheckHistory history,
                                  StatusLog log, EventPublisher events, MaintenanceWindows windows, Transactions transactions, Clock clock) {
        this.systems = systems;
        this.dependencies = dependencies;
        this.checks = checks;
        this.history = history;
        this.changes = new CheckStatusChanges(systems, dependencies, new StatusRecorder(log, events, systems, dependencies, windows));
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int checkOverdue() {
        Instant now = clock.instant();
        if (checks.pushOverdue(now).isEmpty()) {
            return 0;
        }
        return transactions.inTransaction(() -> {
            List<CheckResult> results = new ArrayList<>();
            List<SystemId> systemsToDerive = new ArrayList<>();
            for (Check check : checks.pushOverdue(now)) {
                Optional<Dependency> dependency = dependencies.byId(check.dependency());
                if (dependency.isEmpty()) {
                    continue;
                }
                Dependency before = dependency.get();
                Optional<Check.Outcome> missing = check.missingAt(now, before.status());
                if (missing.isEmpty()) {
                    continue;
                }
                Check.Outcome outcome = missing.get();
                checks.save(outcome.check());
                results.add(outcome.result());
                if (outcome.status() != before.status()) {
                    changes.change(before, outcome.status(), outcome.message(), now);
                    systemsToDerive.add(before.systemId());
                }
                String systemName = systems.byId(before.systemId()).map(MonitoredSystem::name)
                        .orElse("system " + before.systemId());
                events.publish(new HeartbeatMissing(before.systemId(), before.id(), systemName, before.name(),
                        check.state().lastPingAt(), check.pingDeadline().orElseThrow(), now));
            }
            history.append(results);
            changes.deriveAgain(systemsToDerive, now);
            return results.size();
        });
    }
}
