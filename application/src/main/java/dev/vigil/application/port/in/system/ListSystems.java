package dev.vigil.application.port.in.system;

import dev.vigil.domain.system.MonitoredSystem;
import java.util.List;

/** Every system, ordered by name. */
public interface ListSystems {
    List<MonitoredSystem> list();
}
