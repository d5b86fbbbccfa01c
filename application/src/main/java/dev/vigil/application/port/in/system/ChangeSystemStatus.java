package dev.vigil.application.port.in.system;

import dev.vigil.domain.system.MonitoredSystem;

/** Sets a system's manual status; its shown status is derived again from it and its dependencies. */
public interface ChangeSystemStatus {
    MonitoredSystem change(ChangeSystemStatusCommand command);
}
