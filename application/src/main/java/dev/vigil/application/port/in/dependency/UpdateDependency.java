package dev.vigil.application.port.in.dependency;

import dev.vigil.domain.system.Dependency;

/** Changes what is written about a dependency; a new criticality re-runs its system's roll-up. */
public interface UpdateDependency {
    Dependency update(UpdateDependencyCommand command);
}
