package dev.vigil.application.port.in.system;

import dev.vigil.domain.system.MonitoredSystem;

/** Registers a new system. */
public interface CreateSystem {
    MonitoredSystem create(CreateSystemCommand command);
}
