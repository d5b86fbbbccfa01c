package dev.vigil.application.port.in.dependency;

import dev.vigil.domain.system.Dependency;

/** Sets a dependency's status by hand; its system's status is derived again. */
public interface ChangeDependencyStatus {
    Dependency change(ChangeDependencyStatusCommand command);
}
