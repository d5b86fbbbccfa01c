package dev.vigil.application.port.in.analytics;

import dev.vigil.domain.system.DependencyId;

/** Uptime, availability and outages of one dependency over a window. */
public interface ShowDependencyAnalytics {
    DependencyAnalytics show(DependencyId dependency, AnalyticsQuery query);
}
