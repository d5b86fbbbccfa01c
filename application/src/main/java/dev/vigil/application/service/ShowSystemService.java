package dev.vigil.application.service;

import dev.vigil.application.port.in.system.ShowSystem;
import dev.vigil.application.port.in.system.UnknownSystem;
import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemId;

/** Finds one system or says that it does not exist. */
public final class ShowSystemService implements ShowSystem {
    private final Systems systems;

    public ShowSystemService(Systems systems) {
        this.systems = systems;
    }

    @Override
    public MonitoredSystem show(SystemId id) {
        return systems.byId(id).orElseThrow(() -> new UnknownSystem(id));
    }
}
