package dev.vigil.application.port.in.log;

import dev.vigil.domain.log.StatusLogEntry;
import java.util.List;

/** The latest status changes, newest first: all of them, one system's (with its dependencies'), or one dependency's. */
public interface ReadStatusLog {
    List<StatusLogEntry> read(StatusLogQuery query);
}
