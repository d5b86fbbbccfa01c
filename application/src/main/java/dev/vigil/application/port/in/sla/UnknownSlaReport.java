package dev.vigil.application.port.in.sla;

import dev.vigil.application.port.in.EntityNotFound;
import dev.vigil.domain.sla.SlaReportId;

/** No SLA report has this id. */
public final class UnknownSlaReport extends EntityNotFound {
    private static final long serialVersionUID = 1L;

    public UnknownSlaReport(SlaReportId id) {
        super("SLA report " + id + " not found");
    }
}
