package dev.vigil.application.port.in.sla;

import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SlaTarget;
import dev.vigil.domain.system.SystemId;

/** Sets the availability a system promises. */
public interface ChangeSlaTarget {
    MonitoredSystem change(SystemId system, SlaTarget target);
}
