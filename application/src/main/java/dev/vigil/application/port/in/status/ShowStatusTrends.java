package dev.vigil.application.port.in.status;

/**
 * The uptime of every system an audience may see over the last {@link #DAYS} days, and the latency of their
 * dependencies over the last day: what status pages draw as bars and sparklines. Costlier than the overview, so pages
 * read it less often.
 */
public interface ShowStatusTrends {
    int DAYS = 90;

    StatusTrends show(Audience audience);
}
