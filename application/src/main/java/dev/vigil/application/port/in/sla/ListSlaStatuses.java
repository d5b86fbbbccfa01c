package dev.vigil.application.port.in.sla;

import dev.vigil.domain.sla.SlaPeriod;
import java.util.List;

/** Every system's SLA compliance in the current calendar period or rolling window, by name, in one go. */
public interface ListSlaStatuses {
    List<SlaStatus> list(SlaPeriod period);
}
