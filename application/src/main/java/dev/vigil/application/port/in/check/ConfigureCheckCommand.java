package dev.vigil.application.port.in.check;

import dev.vigil.domain.check.CheckThresholds;
import dev.vigil.domain.system.DependencyId;
import java.util.Objects;

/** The check a dependency should have. */
public record ConfigureCheckCommand(DependencyId dependency, CheckDefinition definition, CheckThresholds thresholds) {
    public ConfigureCheckCommand {
        Objects.requireNonNull(dependency, "dependency");
        Objects.requireNonNull(definition, "definition");
        thresholds = thresholds == null ? CheckThresholds.DEFAULT : thresholds;
    }
}
