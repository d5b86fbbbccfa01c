package dev.vigil.application.fakes;

import dev.vigil.application.port.out.Dependencies;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Dependencies in a map; like the database's foreign key, a dependency's system must be stored. */
public final class InMemoryDependencies implements Dependencies {
    private final InMemorySystems systems;
    private final Map<DependencyId, Dependency> dependencies = new LinkedHashMap<>();
    private long sequence;

    public InMemoryDependencies(InMemorySystems systems) {
        this.systems = systems;
    }

    @Override
    public synchronized DependencyId nextId() {
        return new DependencyId(++sequence);
    }

    @Override
    public synchronized void save(Dependency dependency) {
        if (systems.byId(dependency.systemId()).isEmpty()) {
            throw new IllegalStateException("system " + dependency.systemId() + " is not stored");
        }
        dependencies.put(dependency.id(), dependency);
        sequence = Math.max(sequence, dependency.id().value());
    }

    @Override
    public synchronized Optional<Dependency> byId(DependencyId id) {
        return Optional.ofNullable(dependencies.get(id));
    }

    @Override
    public synchronized List<Dependency> ofSystem(SystemId system) {
        return dependencies.values().stream()
                .filter(d -> d.systemId().equals(system))
                .sorted(Dependency.BY_NAME)
                .toList();
    }

    @Override
    public synchronized void delete(DependencyId id) {
        dependencies.remove(id);
    }

    @Override
    public synchronized void deleteOfSystem(SystemId system) {
        dependencies.values().removeIf(d -> d.systemId().equals(system));
    }

    @Override
    public synchronized List<Dependency> all() {
        return dependencies.values().stream()
                .sorted(Comparator.comparingLong((Dependency d) -> d.systemId().value()).thenComparing(Dependency.BY_NAME))
                .toList();
    }

    // Backups (issue 7)
    /** Forgets everything stored; the id sequence stays where it is. */
    public synchronized void clear() {
        dependencies.clear();
    }
}
