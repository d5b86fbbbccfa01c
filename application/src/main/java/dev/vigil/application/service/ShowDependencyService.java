package dev.vigil.application.service;

import dev.vigil.application.port.in.dependency.ShowDependency;
import dev.vigil.application.port.in.dependency.UnknownDependency;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyId;

/** Finds one dependency or says that it does not exist. */
public final class ShowDependencyService implements ShowDependency {
    private final Dependencies dependencies;

    public ShowDependencyService(Dependencies dependencies) {
        this.dependencies = dependencies;
    }

    @Override
    public Dependency show(DependencyId id) {
        return dependencies.byId(id).orElseThrow(() -> new UnknownDependency(id));
    }
}
