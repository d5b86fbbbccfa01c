package dev.vigil.application.port.out;

import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.status.StatusSource;
import java.util.List;
import java.util.Optional;

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

    /**
     * The latest entries from one source, newest first; only about one system (and its dependencies) or one
     * dependency when given.
     */
    List<StatusLogEntry> latestFromSource(StatusSource source, Optional<SystemId> system,
                                          Optional<DependencyId> dependency, int limit);
}
