package dev.vigil.application.service;

import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.StatusLog;
import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.log.StatusChanged;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemId;
import java.util.Optional;

/**
 * Writes a status change to the log and publishes it with the names involved, inside the caller's transaction; tells
 * the roll-up whether a maintenance window applies to a system.
 */
final class StatusRecorder {
    private final StatusLog log;
    private final EventPublisher events;
    private final Systems systems;
    private final Dependencies dependencies;
    private final MaintenanceWindows windows;

    StatusRecorder(StatusLog log, EventPublisher events, Systems systems, Dependencies dependencies,
                   MaintenanceWindows windows) {
        this.log = log;
        this.events = events;
        this.systems = systems;
        this.dependencies = dependencies;
        this.windows = windows;
    }

    /** True while a maintenance window applies to {@code system}: the roll-up shows maintenance. */
    boolean inMaintenance(SystemId system) {
        return windows.inEffect().stream().anyMatch(w -> w.covers(system));
    }

    StatusLogEntry record(StatusChange change) {
        StatusLogEntry entry = log.append(change);
        String systemName = systems.byId(change.system()).map(MonitoredSystem::name).orElse("system " + change.system());
        events.publish(new StatusChanged(entry, systemName, nameOf(change.dependency()), nameOf(change.cause())));
        return entry;
    }

    private Optional<String> nameOf(Optional<DependencyId> id) {
        return id.map(d -> dependencies.byId(d).map(Dependency::name).orElse("dependency " + d));
    }
}
