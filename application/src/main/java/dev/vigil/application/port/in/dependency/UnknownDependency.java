package dev.vigil.application.port.in.dependency;

import dev.vigil.application.port.in.EntityNotFound;
import dev.vigil.domain.system.DependencyId;

/** No dependency has this id. */
public final class UnknownDependency extends EntityNotFound {
    private static final long serialVersionUID = 1L;

    public UnknownDependency(DependencyId id) {
        super("dependency " + id + " not found");
    }
}
