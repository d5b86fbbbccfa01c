package dev.vigil.application.port.in.status;

import dev.vigil.domain.system.SystemId;

/** One system's trends, for its operators: its last {@link ShowStatusTrends#DAYS} days and its dependencies' latency. */
public interface ShowSystemTrends {
    /** Throws {@code UnknownSystem} when no system has this id. */
    StatusTrends of(SystemId system);
}
