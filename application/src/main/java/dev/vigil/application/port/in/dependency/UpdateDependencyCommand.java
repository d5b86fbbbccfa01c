package dev.vigil.application.port.in.dependency;

import dev.vigil.domain.system.Criticality;
import dev.vigil.domain.system.DependencyId;
import java.util.Objects;
import java.util.Optional;

/** The fields of a dependency to change; an empty field keeps its current value. */
public record UpdateDependencyCommand(DependencyId id, Optional<String> name, Optional<String> description,
                                      Optional<Criticality> criticality) {
    public UpdateDependencyCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(criticality, "criticality");
    }
}
