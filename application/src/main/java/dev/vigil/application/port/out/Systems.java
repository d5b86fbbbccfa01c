package dev.vigil.application.port.out;

import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.Slug;
import dev.vigil.domain.system.SystemId;
import java.util.List;
import java.util.Optional;

/** Where systems are kept. */
public interface Systems {
    /** A fresh id, never handed out before (not even for a since deleted system). */
    SystemId nextId();

    /** Stores a new system or replaces the stored state of an existing one. */
    void save(MonitoredSystem system);

    Optional<MonitoredSystem> byId(SystemId id);

    Optional<MonitoredSystem> bySlug(Slug slug);

    /** Every system ordered by name (ignoring case), then id. */
    List<MonitoredSystem> all();

    /** Removes a system; its dependencies must have been removed first. */
    void delete(SystemId id);
}
