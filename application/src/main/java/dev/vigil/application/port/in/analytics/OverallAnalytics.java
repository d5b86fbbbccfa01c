package dev.vigil.application.port.in.analytics;

import dev.vigil.domain.uptime.Interval;
import dev.vigil.domain.uptime.RollingPeriod;
import dev.vigil.domain.uptime.UptimeFigures;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every system over a window: overall figures pooled by time (total available system-time ÷ total counted
 * system-time), every incident of the window, and each system with its dependencies, by name.
 */
public record OverallAnalytics(Interval window, Optional<RollingPeriod> period, UptimeFigures figures,
                               IncidentCounts incidents, List<SystemAnalytics> systems) {
    public OverallAnalytics {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(incidents, "incidents");
        systems = List.copyOf(systems);
    }
}
