package dev.vigil.application.port.in.system;

import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemId;

/** One system by id. */
public interface ShowSystem {
    MonitoredSystem show(SystemId id);
}
