package dev.vigil.application.port.in.status;

import java.util.List;

/**
 * The maintenance windows the public may know about: those in progress, those to come and those completed in the
 * last 90 days, never cancelled ones, and none that concerns private systems alone. What the Statuspage-compatible
 * API, the feeds and the calendar publish.
 */
public interface ListPublicMaintenance {
    /** Latest start first. */
    List<PublicMaintenance> list();
}
