package dev.vigil.application.port.in.metrics;

/**
 * The figures monitoring scrapes: taken from storage in a few grouped reads at most every few seconds and kept in
 * memory in between, so that a scrape costs no query.
 */
public interface ShowMetrics {
    MonitoringFigures figures();
}
