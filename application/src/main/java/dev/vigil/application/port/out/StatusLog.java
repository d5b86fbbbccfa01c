package dev.vigil.application.port.out;

import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import java.util.List;

/** The append-only history of status changes. Entries outlive the systems and dependencies they are about. */
public interface StatusLog {
    /** Stores a change under the next sequence number. */
    StatusLogEntry append(StatusChange change);

    /** The latest entries, newest first. */
    List<StatusLogEntry> latest(int limit);

    /** The latest entries about a system or any of its dependencies, newest first. */
    List<StatusLogEntry> latestOfSystem(SystemId system, int limit);

    /** The latest entries about one dependency, newest first. */
    List<StatusLogEntry> latestOfDependency(DependencyId dependency, int limit);
}
