package dev.vigil.application.port.in.analytics;

import dev.vigil.domain.uptime.Interval;
import dev.vigil.domain.uptime.RollingPeriod;
import java.util.Objects;
import java.util.Optional;

/** One dependency's figures over a window. */
public record DependencyAnalytics(Interval window, Optional<RollingPeriod> period, SubjectAnalytics dependency) {
    public DependencyAnalytics {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(dependency, "dependency");
    }
}
