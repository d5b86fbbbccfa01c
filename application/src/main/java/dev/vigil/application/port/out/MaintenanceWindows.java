package dev.vigil.application.port.out;

import dev.vigil.domain.maintenance.MaintenanceId;
import dev.vigil.domain.maintenance.MaintenanceWindow;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where maintenance windows are kept. */
public interface MaintenanceWindows {
    MaintenanceId nextId();

    void save(MaintenanceWindow window);

    Optional<MaintenanceWindow> byId(MaintenanceId id);

    void delete(MaintenanceId id);

    /** A page of all windows, latest start first. */
    List<MaintenanceWindow> page(int limit, int offset);

    /** Windows whose start-to-end overlaps [from, to), cancelled ones included, earliest start first. */
    List<MaintenanceWindow> overlapping(Instant from, Instant to);

    /** Windows not cancelled that start after {@code now}, earliest first. */
    List<MaintenanceWindow> upcoming(Instant now);

    /**
     * True when a window covers {@code system} at {@code at}, by the clock: from its start to its end (or its
     * cancellation). What notifications ask to stay quiet about a system in maintenance.
     */
    boolean covers(SystemId system, Instant at);

    /** Windows whose start Vigil applied and whose end it has not: their systems show maintenance. */
    List<MaintenanceWindow> inEffect();

    /**
     * Windows that may need their start or end applied at {@code now}: not yet applied, not cancelled, started and
     * not ended; or applied and not yet unapplied.
     */
    List<MaintenanceWindow> pendingAt(Instant now);
}
