package dev.vigil.domain.uptime;

import static java.time.temporal.ChronoUnit.MILLIS;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A stretch of time from {@code start} (included) to {@code end} (excluded), in milliseconds. */
public record Interval(Instant start, Instant end) {
    public Interval {
        start = Objects.requireNonNull(start, "start").truncatedTo(MILLIS);
        end = Objects.requireNonNull(end, "end").truncatedTo(MILLIS);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("to must not be before from");
        }
    }

    public long millis() {
        return end.toEpochMilli() - start.toEpochMilli();
    }

    public Duration duration() {
        return Duration.ofMillis(millis());
    }

    public boolean isEmpty() {
        return start.equals(end);
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }

    /** The part both intervals share, if any. */
    public Optional<Interval> intersection(Interval other) {
        Instant s = start.isAfter(other.start) ? start : other.start;
        Instant e = end.isBefore(other.end) ? end : other.end;
        return s.isBefore(e) ? Optional.of(new Interval(s, e)) : Optional.empty();
    }
}
