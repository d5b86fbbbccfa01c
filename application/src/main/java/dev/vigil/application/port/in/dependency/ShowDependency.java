package dev.vigil.application.port.in.dependency;

import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyId;

/** One dependency by id. */
public interface ShowDependency {
    Dependency show(DependencyId id);
}
