package dev.vigil.bootstrap.jobs;

import java.time.Duration;
import java.util.Objects;

/**
 * How often the background work of incidents, maintenance, uptime and SLA runs: applying maintenance starts and ends,
 * the automatic-incident sweep, tallying closed days, and evaluating SLA breaches.
 */
public record JobIntervals(Duration maintenance, Duration automaticIncidents, Duration dayTallies,
                           Duration slaBreaches) {
    public static final JobIntervals DEFAULT = new JobIntervals(Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofMinutes(5), Duration.ofMinutes(5));

    public JobIntervals {
        Objects.requireNonNull(maintenance, "maintenance");
        Objects.requireNonNull(automaticIncidents, "automaticIncidents");
        Objects.requireNonNull(dayTallies, "dayTallies");
        Objects.requireNonNull(slaBreaches, "slaBreaches");
    }
}
