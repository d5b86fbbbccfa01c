package dev.vigil.application.service;

import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.status.StatusSource;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.MonitoredSystem;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Derives a system's status again after one of its dependencies changed (or a maintenance window began or ended),
 * and logs a change with source {@code rollup} naming the dependency that caused it (or source {@code maintenance}).
 * Whether a maintenance window applies comes from the maintenance windows in effect. Runs inside the caller's
 * transaction.
 */
final class SystemStatusDerivation {
    private final Systems systems;
    private final Dependencies dependencies;
    private final StatusRecorder recorder;

    SystemStatusDerivation(Systems systems, Dependencies dependencies, StatusRecorder recorder) {
        this.systems = systems;
        this.dependencies = dependencies;
        this.recorder = recorder;
    }

    /** Re-runs the roll-up of {@code system}; returns the system as it is afterwards. */
    MonitoredSystem deriveAgain(MonitoredSystem system, Instant now) {
        List<Dependency> current = dependencies.ofSystem(system.id());
        MonitoredSystem.RollUp rollUp = system.rollUp(current, recorder.inMaintenance(system.id()), now);
        if (rollUp.changed()) {
            systems.save(rollUp.system());
            recorder.record(StatusChange.ofSystem(system.id(), rollUp.previous(), rollUp.system().status(),
                    explain(rollUp, current), StatusSource.ROLLUP, rollUp.cause(), now));
        }
        return rollUp.system();
    }

    /**
     * Re-runs the roll-up of {@code system} because a maintenance window began or ended; a change is logged with
     * source {@code maintenance} and {@code why} as its message.
     */
    MonitoredSystem deriveForMaintenance(MonitoredSystem system, String why, Instant now) {
        List<Dependency> current = dependencies.ofSystem(system.id());
        MonitoredSystem.RollUp rollUp = system.rollUp(current, recorder.inMaintenance(system.id()), now);
        if (rollUp.changed()) {
            systems.save(rollUp.system());
            recorder.record(StatusChange.ofSystem(system.id(), rollUp.previous(), rollUp.system().status(), why,
                    StatusSource.MAINTENANCE, rollUp.cause(), now));
        }
        return rollUp.system();
    }

    /** A sentence saying why the roll-up came out as it did. */
    static String explain(MonitoredSystem.RollUp rollUp, List<Dependency> dependencies) {
        Status status = rollUp.system().status();
        Optional<DependencyId> cause = rollUp.cause();
        if (cause.isPresent()) {
            String name = dependencies.stream().filter(d -> d.id().equals(cause.get())).findFirst()
                    .map(Dependency::name).orElse("dependency " + cause.get());
            Status causeStatus = dependencies.stream().filter(d -> d.id().equals(cause.get())).findFirst()
                    .map(Dependency::status).orElse(status);
            return "Dependency " + name + " is " + causeStatus.wireName();
        }
        if (status == Status.MAINTENANCE) {
            return "System is in maintenance";
        }
        if (rollUp.system().manualStatus() != Status.OPERATIONAL) {
            return "Manual status is " + rollUp.system().manualStatus().wireName();
        }
        return dependencies.isEmpty() ? "No dependencies left" : "All dependencies are operational";
    }
}
