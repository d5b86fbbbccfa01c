package dev.vigil.application.port.in.analytics;

import dev.vigil.domain.system.SystemId;

/** Uptime, availability, outages and incidents of one system and its dependencies over a window. */
public interface ShowSystemAnalytics {
    SystemAnalytics show(SystemId system, AnalyticsQuery query);
}
