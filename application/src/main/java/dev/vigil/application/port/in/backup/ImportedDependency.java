package dev.vigil.application.port.in.backup;

import dev.vigil.domain.system.Dependency;
import java.util.Objects;
import java.util.Optional;

/** A dependency to load with its check; without one, a stored check of the dependency is removed. */
public record ImportedDependency(Dependency dependency, Optional<ImportedCheck> check) {
    public ImportedDependency {
        Objects.requireNonNull(dependency, "dependency");
        Objects.requireNonNull(check, "check");
    }
}
