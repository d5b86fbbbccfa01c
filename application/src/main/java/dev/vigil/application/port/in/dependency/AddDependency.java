package dev.vigil.application.port.in.dependency;

import dev.vigil.domain.system.Dependency;

/** Adds a dependency to a system and derives the system's status again. */
public interface AddDependency {
    Dependency add(AddDependencyCommand command);
}
