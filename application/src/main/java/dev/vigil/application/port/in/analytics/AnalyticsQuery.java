package dev.vigil.application.port.in.analytics;

import dev.vigil.domain.uptime.RollingPeriod;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The window analytics cover: a rolling period ending now, or from {@code from} to {@code to} (now when empty). With
 * neither, the last 24 hours.
 */
public record AnalyticsQuery(Optional<RollingPeriod> period, Optional<Instant> from, Optional<Instant> to) {
    public AnalyticsQuery {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (period.isPresent() && (from.isPresent() || to.isPresent())) {
            throw new IllegalArgumentException("ask for a period or for from/to, not both");
        }
        if (to.isPresent() && from.isEmpty()) {
            throw new IllegalArgumentException("from is required with to");
        }
        if (period.isEmpty() && from.isEmpty()) {
            period = Optional.of(RollingPeriod.LAST_24H);
        }
    }

    public static AnalyticsQuery of(RollingPeriod period) {
        return new AnalyticsQuery(Optional.of(period), Optional.empty(), Optional.empty());
    }

    public static AnalyticsQuery between(Instant from, Instant to) {
        return new AnalyticsQuery(Optional.empty(), Optional.of(from), Optional.of(to));
    }
}
