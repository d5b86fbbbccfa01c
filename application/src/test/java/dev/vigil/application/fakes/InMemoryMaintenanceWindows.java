package dev.vigil.application.fakes;

import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.domain.maintenance.MaintenanceId;
import dev.vigil.domain.maintenance.MaintenanceWindow;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Maintenance windows in a map. */
public final class InMemoryMaintenanceWindows implements MaintenanceWindows {
    private static final Comparator<MaintenanceWindow> BY_START = Comparator.comparing(MaintenanceWindow::startsAt)
            .thenComparingLong(w -> w.id().value());

    private final Map<MaintenanceId, MaintenanceWindow> windows = new LinkedHashMap<>();
    private long sequence;

    @Override
    public synchronized MaintenanceId nextId() {
        return new MaintenanceId(++sequence);
    }

    @Override
    public synchronized void save(MaintenanceWindow window) {
        windows.put(window.id(), window);
        sequence = Math.max(sequence, window.id().value());
    }

    @Override
    public synchronized Optional<MaintenanceWindow> byId(MaintenanceId id) {
        return Optional.ofNullable(windows.get(id));
    }

    @Override
    public synchronized void delete(MaintenanceId id) {
        windows.remove(id);
    }

    @Override
    public synchronized List<MaintenanceWindow> page(int limit, int offset) {
        return windows.values().stream().sorted(BY_START.reversed()).skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized List<MaintenanceWindow> overlapping(Instant from, Instant to) {
        return windows.values().stream()
                .filter(w -> w.startsAt().isBefore(to) && w.endsAt().isAfter(from))
                .sorted(BY_START).toList();
    }

    @Override
    public synchronized List<MaintenanceWindow> upcoming(Instant now) {
        return windows.values().stream()
                .filter(w -> w.cancelledAt().isEmpty() && w.startsAt().isAfter(now))
                .sorted(BY_START).toList();
    }

    @Override
    public synchronized boolean covers(SystemId system, Instant at) {
        return windows.values().stream().anyMatch(w -> w.covers(system, at));
    }

    @Override
    public synchronized List<MaintenanceWindow> inEffect() {
        return windows.values().stream().filter(MaintenanceWindow::isInEffect).sorted(BY_START).toList();
    }

    @Override
    public synchronized List<MaintenanceWindow> pendingAt(Instant now) {
        return windows.values().stream()
                .filter(w -> w.isInEffect() || (w.activatedAt().isEmpty() && w.cancelledAt().isEmpty()
                        && !w.startsAt().isAfter(now) && w.endsAt().isAfter(now)))
                .sorted(BY_START).toList();
    }

    // Backups (issue 7)
    /** Forgets everything stored; the id sequence stays where it is. */
    public synchronized void clear() {
        windows.clear();
    }
}
