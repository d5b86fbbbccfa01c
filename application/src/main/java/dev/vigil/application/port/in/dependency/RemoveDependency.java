package dev.vigil.application.port.in.dependency;

import dev.vigil.domain.system.DependencyId;

/** Removes a dependency, keeps its history and derives its system's status again. */
public interface RemoveDependency {
    void remove(DependencyId id);
}
