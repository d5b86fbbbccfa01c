package dev.vigil.application.port.in.incident;

import dev.vigil.domain.incident.IncidentId;
import dev.vigil.domain.incident.UpdateVisibility;
import java.util.Objects;

/** An update to post: its text, who may read it, who wrote it. */
public record PostIncidentUpdateCommand(IncidentId id, String message, UpdateVisibility visibility, String by) {
    public PostIncidentUpdateCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(visibility, "visibility");
        by = by == null ? "" : by;
    }
}
