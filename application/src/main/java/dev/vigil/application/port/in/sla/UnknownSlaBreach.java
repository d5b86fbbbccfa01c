package dev.vigil.application.port.in.sla;

import dev.vigil.application.port.in.EntityNotFound;
import dev.vigil.domain.sla.SlaBreachId;

/** No SLA breach has this id. */
public final class UnknownSlaBreach extends EntityNotFound {
    private static final long serialVersionUID = 1L;

    public UnknownSlaBreach(SlaBreachId id) {
        super("SLA breach " + id + " not found");
    }
}
