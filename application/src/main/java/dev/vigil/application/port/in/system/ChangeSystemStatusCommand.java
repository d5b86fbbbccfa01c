package dev.vigil.application.port.in.system;

import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.SystemId;
import java.util.Objects;

/** A person's statement of a system's status, with an optional message saying why. */
public record ChangeSystemStatusCommand(SystemId id, Status status, String message) {
    public ChangeSystemStatusCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        message = message == null ? "" : message;
    }
}
