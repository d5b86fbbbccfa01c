package dev.vigil.application.service;

import dev.vigil.application.port.in.system.ListSystems;
import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.system.MonitoredSystem;
import java.util.List;

/** Lists every system by name. */
public final class ListSystemsService implements ListSystems {
    private final Systems systems;

    public ListSystemsService(Systems systems) {
        this.systems = systems;
    }

    @Override
    public List<MonitoredSystem> list() {
        return systems.all();
    }
}
