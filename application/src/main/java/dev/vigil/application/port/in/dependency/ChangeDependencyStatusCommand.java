package dev.vigil.application.port.in.dependency;

import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.DependencyId;
import java.util.Objects;

/** A person's statement of a dependency's status, with an optional message saying why. */
public record ChangeDependencyStatusCommand(DependencyId id, Status status, String message) {
    public ChangeDependencyStatusCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        message = message == null ? "" : message;
    }
}
