package dev.vigil.application.port.in.incident;

import dev.vigil.domain.incident.IncidentId;
import dev.vigil.domain.incident.IncidentState;
import dev.vigil.domain.incident.UpdateVisibility;
import java.util.Objects;

/** The state to move to, with the update that says so (a blank message gets a sentence naming the state). */
public record ChangeIncidentStateCommand(IncidentId id, IncidentState state, String message,
                                         UpdateVisibility visibility, String by) {
    public ChangeIncidentStateCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        message = message == null ? "" : message;
        Objects.requireNonNull(visibility, "visibility");
        by = by == null ? "" : by;
    }
}
