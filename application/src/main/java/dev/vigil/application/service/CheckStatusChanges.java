package dev.vigil.application.service;

import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.status.StatusSource;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;

/**
 * Sets statuses that checks decided: the dependency, its log entry (source {@code check}, the reason as message),
 * and afterwards one roll-up per system concerned. Runs inside the caller's transaction.
 */
final class CheckStatusChanges {
    private final Systems systems;
    private final Dependencies dependencies;
    private final StatusRecorder recorder;
    private final SystemStatusDerivation derivation;

    CheckStatusChanges(Systems systems, Dependencies dependencies, StatusRecorder recorder) {
        this.systems = systems;
        this.dependencies = dependencies;
        this.recorder = recorder;
        this.derivation = new SystemStatusDerivation(systems, dependencies, recorder);
    }

    Dependency change(Dependency dependency, Status to, String message, Instant at) {
        Dependency changed = dependency.checked(to, at);
        dependencies.save(changed);
        recorder.record(StatusChange.ofDependency(changed.systemId(), changed.id(), dependency.status(), to,
                message, StatusSource.CHECK, at));
        return changed;
    }

    void deriveAgain(Collection<SystemId> ids, Instant now) {
        for (SystemId id : new LinkedHashSet<>(ids)) {
            systems.byId(id).ifPresent(system -> derivation.deriveAgain(system, now));
        }
    }
}
