package dev.vigil.application.port.in.backup;

import dev.vigil.domain.check.Check;
import dev.vigil.domain.system.Dependency;
import java.util.Objects;
import java.util.Optional;

/** A dependency as exported: with its check, if it has one. */
public record ExportedDependency(Dependency dependency, Optional<Check> check) {
    public ExportedDependency {
        Objects.requireNonNull(dependency, "dependency");
        Objects.requireNonNull(check, "check");
    }
}
