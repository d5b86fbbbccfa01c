package dev.vigil.application.service;

import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.StatusLog;
import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.maintenance.MaintenanceCompleted;
import dev.vigil.domain.maintenance.MaintenanceScheduled;
import dev.vigil.domain.maintenance.MaintenanceStarted;
import dev.vigil.domain.maintenance.MaintenanceWindow;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies a window's start or end when it is due: marks it, derives its systems' statuses again (logged with source
 * {@code maintenance}) and tells people. Runs inside the caller's transaction.
 */
final class MaintenanceEffects {
    private final Systems systems;
    private final MaintenanceWindows windows;
    private final SystemStatusDerivation derivation;
    private final EventPublisher events;
    private final SystemNames names;

    MaintenanceEffects(Systems systems, Dependencies dependencies, MaintenanceWindows windows, StatusLog log,
                       EventPublisher events) {
        this.systems = systems;
        this.windows = windows;
        this.derivation = new SystemStatusDerivation(systems, dependencies,
                new StatusRecorder(log, events, systems, dependencies, windows));
        this.events = events;
        this.names = new SystemNames(systems);
    }

    /** The window after applying its start or its end, if one is due at {@code now}. */
    MaintenanceWindow applyDue(MaintenanceWindow window, Instant now) {
        if (window.needsActivation(now)) {
            MaintenanceWindow active = window.activate(now);
            windows.save(active);
            List<MonitoredSystem> affected = affected(active);
            affected.forEach(s -> derivation.deriveForMaintenance(s, "Maintenance #" + active.id() + " began: "
                    + active.title(), now));
            events.publish(new MaintenanceStarted(active.id(), active.title(), active.description(),
                    active.startsAt(), active.endsAt(), active.systems().isEmpty(), ids(affected), names(affected),
                    now));
            return active;
        }
        if (window.needsDeactivation(now)) {
            MaintenanceWindow done = window.deactivate(now);
            windows.save(done);
            boolean cancelled = done.cancelledAt().isPresent();
            List<MonitoredSystem> affected = affected(done);
            affected.forEach(s -> derivation.deriveForMaintenance(s, "Maintenance #" + done.id()
                    + (cancelled ? " was cancelled: " : " ended: ") + done.title(), now));
            events.publish(new MaintenanceCompleted(done.id(), done.title(), done.description(), done.startsAt(),
                    done.endsAt(), cancelled, done.systems().isEmpty(), ids(affected), names(affected), now));
            return done;
        }
        return window;
    }

    /**
     * Tells people that a window whose start was never applied is off (cancelled or deleted before it began), so that
     * those told it was scheduled do not wait for it.
     */
    void calledOff(MaintenanceWindow window, Instant now) {
        List<MonitoredSystem> affected = affected(window);
        events.publish(new MaintenanceCompleted(window.id(), window.title(), window.description(), window.startsAt(),
                window.endsAt(), true, window.systems().isEmpty(), ids(affected), names(affected), now));
    }

    void scheduled(MaintenanceWindow window, boolean rescheduled, Instant now) {
        List<MonitoredSystem> affected = affected(window);
        events.publish(new MaintenanceScheduled(window.id(), window.title(), window.description(),
                window.startsAt(), window.endsAt(), window.systems().isEmpty(), ids(affected), names(affected),
                rescheduled, now));
    }

    void requireExisting(Set<SystemId> ids) {
        names.requireExisting(ids);
    }

    private List<MonitoredSystem> affected(MaintenanceWindow window) {
        if (window.systems().isEmpty()) {
            return systems.all();
        }
        return window.systems().stream().map(systems::byId).flatMap(Optional::stream).toList();
    }

    private static Set<SystemId> ids(List<MonitoredSystem> affected) {
        return affected.stream().map(MonitoredSystem::id).collect(Collectors.toSet());
    }

    private static List<String> names(List<MonitoredSystem> affected) {
        return affected.stream().map(MonitoredSystem::name).toList();
    }
}
