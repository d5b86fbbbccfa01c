package dev.vigil.application.port.in.analytics;

import dev.vigil.domain.uptime.Interval;
import dev.vigil.domain.uptime.RollingPeriod;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One system's figures over a window, and each of its dependencies' (by name). */
public record SystemAnalytics(Interval window, Optional<RollingPeriod> period, SubjectAnalytics system,
                              List<SubjectAnalytics> dependencies) {
    public SystemAnalytics {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(system, "system");
        dependencies = List.copyOf(dependencies);
    }
}
