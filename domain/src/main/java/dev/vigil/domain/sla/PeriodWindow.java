package dev.vigil.domain.sla;

import static java.time.temporal.ChronoUnit.MILLIS;

import dev.vigil.domain.uptime.Interval;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A reporting period: measured from {@code from} to {@code to}; a calendar period still running goes on until
 * {@code end}, a rolling or finished one ends at {@code to}.
 */
public record PeriodWindow(Instant from, Instant to, Instant end) {
    public PeriodWindow {
        from = Objects.requireNonNull(from, "from").truncatedTo(MILLIS);
        to = Objects.requireNonNull(to, "to").truncatedTo(MILLIS);
        end = Objects.requireNonNull(end, "end").truncatedTo(MILLIS);
        if (to.isBefore(from) || end.isBefore(to)) {
            throw new IllegalArgumentException("a period runs from 'from' to 'to' (and on to its end)");
        }
    }

    /** A period that is over, or measured exactly as asked: from {@code from} to {@code to}. */
    public static PeriodWindow between(Instant from, Instant to) {
        return new PeriodWindow(from, to, to);
    }

    public Interval measured() {
        return new Interval(from, to);
    }

    /** How much of the period is still to come. */
    public Duration remaining() {
        return Duration.between(to, end);
    }
}
