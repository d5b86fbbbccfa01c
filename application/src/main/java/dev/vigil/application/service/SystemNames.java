package dev.vigil.application.service;

import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Turns system ids into the names people read, and checks that ids in a request name existing systems. */
final class SystemNames {
    private final Systems systems;

    SystemNames(Systems systems) {
        this.systems = systems;
    }

    List<String> of(Collection<SystemId> ids) {
        return ids.stream().sorted(Comparator.comparingLong(SystemId::value))
                .map(id -> systems.byId(id).map(MonitoredSystem::name).orElse("system " + id))
                .toList();
    }

    /** Refuses ids of systems that do not exist, naming the first one. */
    void requireExisting(Collection<SystemId> ids) {
        for (SystemId id : ids) {
            if (systems.byId(id).isEmpty()) {
                throw new IllegalArgumentException("system_ids names system " + id + ", which does not exist");
            }
        }
    }
}
