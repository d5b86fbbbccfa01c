package dev.vigil.application.service;

import dev.vigil.application.port.in.check.FindChecks;
import dev.vigil.application.port.out.Checks;
import dev.vigil.domain.check.Check;
import dev.vigil.domain.system.DependencyId;
import java.util.Collection;
import java.util.Map;

/** Looks up the checks of some dependencies in one go. */
public final class FindChecksService implements FindChecks {
    private final Checks checks;

    public FindChecksService(Checks checks) {
        this.checks = checks;
    }

    @Override
    public Map<DependencyId, Check> of(Collection<DependencyId> dependencies) {
        return dependencies.isEmpty() ? Map.of() : checks.byDependencies(dependencies);
    }
}
