package dev.vigil.application.port.in.check;

import java.time.Duration;
import java.util.Objects;

/** How long each tier of check history is kept: raw results (default 2 days) and hourly roll-ups (default 90 days). */
public record HistoryRetention(Duration raw, Duration hourly) {
    public static final HistoryRetention DEFAULT = new HistoryRetention(Duration.ofDays(2), Duration.ofDays(90));

    public HistoryRetention {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(hourly, "hourly");
        if (raw.compareTo(Duration.ofDays(1)) < 0 || raw.compareTo(Duration.ofDays(90)) > 0) {
            throw new IllegalArgumentException("raw result retention must be between 1 and 90 days");
        }
        if (hourly.compareTo(raw) < 0 || hourly.compareTo(Duration.ofDays(3660)) > 0) {
            throw new IllegalArgumentException("hourly roll-up retention must be at least the raw retention and at most 3660 days");
        }
    }
}
