package dev.vigil.application.port.in.maintenance;

import dev.vigil.application.port.in.EntityNotFound;
import dev.vigil.domain.maintenance.MaintenanceId;

/** No maintenance window has this id. */
public final class UnknownMaintenance extends EntityNotFound {
    private static final long serialVersionUID = 1L;

    public UnknownMaintenance(MaintenanceId id) {
        super("maintenance " + id + " not found");
    }
}
