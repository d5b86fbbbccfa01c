package dev.vigil.application.fakes;

import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.Slug;
import dev.vigil.domain.system.SystemId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Systems in a map, with the same unique-slug rule as the database. */
public final class InMemorySystems implements Systems {
    private final Map<SystemId, MonitoredSystem> systems = new LinkedHashMap<>();
    private long sequence;

    @Override
    public synchronized SystemId nextId() {
        return new SystemId(++sequence);
    }

    @Override
    public synchronized void save(MonitoredSystem system) {
        bySlug(system.slug()).filter(other -> !other.id().equals(system.id())).ifPresent(other -> {
            throw new IllegalStateException("slug " + system.slug() + " is already stored for system " + other.id());
        });
        systems.put(system.id(), system);
        sequence = Math.max(sequence, system.id().value());
    }

    @Override
    public synchronized Optional<MonitoredSystem> byId(SystemId id) {
        return Optional.ofNullable(systems.get(id));
    }

    @Override
    public synchronized Optional<MonitoredSystem> bySlug(Slug slug) {
        return systems.values().stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    @Override
    public synchronized List<MonitoredSystem> all() {
        List<MonitoredSystem> all = new ArrayList<>(systems.values());
        all.sort(MonitoredSystem.BY_NAME);
        return all;
    }

    @Override
    public synchronized void delete(SystemId id) {
        systems.remove(id);
    }

    // Backups (issue 7)
    /** Forgets everything stored; the id sequence stays where it is. */
    public synchronized void clear() {
        systems.clear();
    }
}
