package dev.vigil.application.port.in.incident;

import dev.vigil.domain.incident.IncidentId;
import java.util.Objects;
import java.util.Optional;

/** The closing update (a blank message says "Resolved."), an optional postmortem, and who resolves it. */
public record ResolveIncidentCommand(IncidentId id, String message, Optional<String> postmortem, String by) {
    public ResolveIncidentCommand {
        Objects.requireNonNull(id, "id");
        message = message == null ? "" : message;
        Objects.requireNonNull(postmortem, "postmortem");
        by = by == null ? "" : by;
    }
}
