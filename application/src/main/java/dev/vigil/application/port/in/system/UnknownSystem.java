package dev.vigil.application.port.in.system;

import dev.vigil.application.port.in.EntityNotFound;
import dev.vigil.domain.system.SystemId;

/** No system has this id. */
public final class UnknownSystem extends EntityNotFound {
    private static final long serialVersionUID = 1L;

    public UnknownSystem(SystemId id) {
        super("system " + id + " not found");
    }
}
