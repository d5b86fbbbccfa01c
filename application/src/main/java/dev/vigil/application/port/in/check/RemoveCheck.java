package dev.vigil.application.port.in.check;

import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyId;

/** Takes a dependency's check away; its results history stays until it ages out. */
public interface RemoveCheck {
    Dependency remove(DependencyId dependency);
}
