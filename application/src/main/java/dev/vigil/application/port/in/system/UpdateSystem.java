package dev.vigil.application.port.in.system;

import dev.vigil.domain.system.MonitoredSystem;

/** Changes what is written about a system; fields left out keep their value. */
public interface UpdateSystem {
    MonitoredSystem update(UpdateSystemCommand command);
}
