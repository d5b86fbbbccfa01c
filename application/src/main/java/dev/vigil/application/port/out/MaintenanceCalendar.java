package dev.vigil.application.port.out;

import dev.vigil.domain.system.SystemId;
import java.time.Instant;

/**
 * Whether a maintenance window covers a system at a time: the seam through which maintenance silences status
 * notifications. Until maintenance windows are wired in (they arrive with the incidents and maintenance work),
 * {@link #NONE} answers "no maintenance"; a system set to {@code maintenance} by hand is recognised without it, from
 * the status it shows.
 */
@FunctionalInterface
public interface MaintenanceCalendar {
    /** No maintenance windows at all. */
    MaintenanceCalendar NONE = (system, at) -> false;

    boolean covers(SystemId system, Instant at);
}
