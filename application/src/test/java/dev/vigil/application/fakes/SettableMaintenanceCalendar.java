package dev.vigil.application.fakes;

import dev.vigil.application.port.out.MaintenanceCalendar;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** Maintenance windows as a set of systems a test puts in maintenance and takes out again. */
public final class SettableMaintenanceCalendar implements MaintenanceCalendar {
    private final Set<SystemId> covered = new HashSet<>();

    @Override
    public synchronized boolean covers(SystemId system, Instant at) {
        return covered.contains(system);
    }

    public synchronized void start(SystemId system) {
        covered.add(system);
    }

    public synchronized void end(SystemId system) {
        covered.remove(system);
    }
}
