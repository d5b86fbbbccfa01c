package dev.vigil.application.port.in.incident;

import dev.vigil.domain.incident.Impact;
import dev.vigil.domain.incident.IncidentId;
import dev.vigil.domain.system.SystemId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The fields of an incident to change; an empty field keeps its value. */
public record EditIncidentCommand(IncidentId id, Optional<String> title, Optional<Impact> impact,
                                  Optional<Set<SystemId>> systems, Optional<String> postmortem) {
    public EditIncidentCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(systems, "systems");
        Objects.requireNonNull(postmortem, "postmortem");
    }
}
