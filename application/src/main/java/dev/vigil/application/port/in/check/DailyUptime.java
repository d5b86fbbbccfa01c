package dev.vigil.application.port.in.check;

import dev.vigil.domain.check.ResultStats;
import dev.vigil.domain.status.Status;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One UTC day of a dependency's check results: how many, how many failed and the share that did not. Its status is
 * operational at 99 % and above, degraded at 95 % and above, an outage below, and unknown without results.
 */
public record DailyUptime(LocalDate date, ResultStats stats) {
    public DailyUptime {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(stats, "stats");
    }

    public Status status() {
        if (stats.count() == 0) {
            return Status.UNKNOWN;
        }
        double uptime = stats.uptimePercent();
        return uptime >= 99 ? Status.OPERATIONAL : uptime >= 95 ? Status.DEGRADED : Status.OUTAGE;
    }
}
