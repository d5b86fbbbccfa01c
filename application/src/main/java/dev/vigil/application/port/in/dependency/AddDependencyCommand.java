package dev.vigil.application.port.in.dependency;

import dev.vigil.domain.system.Criticality;
import dev.vigil.domain.system.SystemId;
import java.util.Objects;

/** A new dependency of a system. */
public record AddDependencyCommand(SystemId system, String name, String description, Criticality criticality) {
    public AddDependencyCommand {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(criticality, "criticality");
    }
}
