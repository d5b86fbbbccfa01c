package dev.vigil.application.service;

import dev.vigil.application.port.in.analytics.AnalyticsQuery;
import dev.vigil.domain.uptime.Interval;
import dev.vigil.domain.uptime.RollingPeriod;
import java.time.Duration;
import java.time.Instant;

/** Turns an analytics query into the window it means, refusing windows that reach into the future or are too long. */
final class AnalyticsWindows {
    /** The longest window that may be asked for with from/to. */
    static final Duration LONGEST = Duration.ofDays(400);

    private AnalyticsWindows() {
    }

    static Interval resolve(AnalyticsQuery query, Instant now) {
        if (query.from().isEmpty()) {
            RollingPeriod period = query.period().orElse(RollingPeriod.LAST_24H);
            return new Interval(now.minus(period.length()), now);
        }
        Instant from = query.from().get();
        Instant to = query.to().orElse(now);
        if (to.isAfter(now)) {
            throw new IllegalArgumentException("to must not be in the future");
        }
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("to must be after from");
        }
        if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("from and to may be at most " + LONGEST.toDays() + " days apart");
        }
        return new Interval(from, to);
    }
}
