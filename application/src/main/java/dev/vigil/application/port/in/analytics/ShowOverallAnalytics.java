package dev.vigil.application.port.in.analytics;

/** Uptime, availability, outages and incidents of every system and dependency over a window. */
public interface ShowOverallAnalytics {
    OverallAnalytics show(AnalyticsQuery query);
}
