package dev.vigil.application.port.out;

import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where dependencies are kept. */
public interface Dependencies {
    /** A fresh id, never handed out before. */
    DependencyId nextId();

    /** Stores a new dependency or replaces the stored state of an existing one; its system must exist. */
    void save(Dependency dependency);

    Optional<Dependency> byId(DependencyId id);

    /** Those of the dependencies that exist, by id (adapters may answer in one query). */
    default Map<DependencyId, Dependency> byIds(Collection<DependencyId> ids) {
        Map<DependencyId, Dependency> found = new LinkedHashMap<>();
        for (DependencyId id : ids) {
            byId(id).ifPresent(d -> found.put(id, d));
        }
        return found;
    }

    /** The dependencies of one system ordered by name (ignoring case), then id. */
    List<Dependency> ofSystem(SystemId system);

    void delete(DependencyId id);

    /** Removes every dependency of a system. */
    void deleteOfSystem(SystemId system);

    /** Every dependency of every system in one read (for the status overview), by system id, then by name. */
    List<Dependency> all();
}
