package dev.vigil.application.port.in.analytics;

import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.uptime.Subject;
import dev.vigil.domain.uptime.UptimeFigures;
import java.util.Objects;

/**
 * The figures of one system or dependency over a window, with the incidents of its system.
 *
 * @param system the system itself, or the dependency's system
 */
public record SubjectAnalytics(Subject subject, SystemId system, String name, UptimeFigures figures,
                               IncidentCounts incidents) {
    public SubjectAnalytics {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(incidents, "incidents");
    }
}
