package dev.vigil.application.port.in.sla;

import dev.vigil.domain.sla.SlaPeriod;
import dev.vigil.domain.system.SystemId;

/** A system's SLA compliance in the current calendar period or rolling window. */
public interface ShowSlaStatus {
    SlaStatus show(SystemId system, SlaPeriod period);
}
