package dev.vigil.application.service;

import dev.vigil.application.port.in.dependency.ListDependencies;
import dev.vigil.application.port.in.system.UnknownSystem;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.SystemId;
import java.util.List;

/** Lists a system's dependencies; an unknown system is an error, not an empty list. */
public final class ListDependenciesService implements ListDependencies {
    private final Systems systems;
    private final Dependencies dependencies;

    public ListDependenciesService(Systems systems, Dependencies dependencies) {
        this.systems = systems;
        this.dependencies = dependencies;
    }

    @Override
    public List<Dependency> of(SystemId system) {
        systems.byId(system).orElseThrow(() -> new UnknownSystem(system));
        return dependencies.ofSystem(system);
    }
}
