package dev.vigil.application.port.in.incident;

import dev.vigil.domain.incident.Impact;
import dev.vigil.domain.incident.UpdateVisibility;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A new incident: what it is, how bad, which systems (they must exist), the first update, who says so, and when the
 * trouble began (now when empty).
 */
public record OpenIncidentCommand(String title, Impact impact, Set<SystemId> systems, String message,
                                  UpdateVisibility visibility, String by, Optional<Instant> startedAt) {
    public OpenIncidentCommand {
        Objects.requireNonNull(impact, "impact");
        systems = Set.copyOf(systems);
        Objects.requireNonNull(visibility, "visibility");
        by = by == null ? "" : by;
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
