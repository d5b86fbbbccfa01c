package dev.vigil.domain.webhook;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How long to wait before trying a failed delivery again: exponential ({@code first × factor^(n−1)} after the n-th
 * failure in a row), spread by a random jitter of ± {@code jitter} so that deliveries that failed together do not
 * retry together, and given up after {@code attempts} attempts. The default tries 10 times over about a day:
 * 1 min, 2.3 min, 5.3 min, 12 min, 28 min, 1.1 h, 2.5 h, 5.7 h and 13 h apart (23 h in all, before jitter).
 */
public record BackoffSchedule(Duration first, double factor, int attempts, double jitter) {
    public static final BackoffSchedule DEFAULT = new BackoffSchedule(Duration.ofMinutes(1), 2.3, 10, 0.2);
    /** The longest a receiver's {@code Retry-After} may make us wait. */
    public static final Duration RETRY_AFTER_MAX = Duration.ofHours(24);

    public BackoffSchedule {
        Objects.requireNonNull(first, "first");
        if (first.isNegative() || first.isZero()) {
            throw new IllegalArgumentException("the first delay must be positive");
        }
        if (!(factor >= 1.0) || factor > 10) {
            throw new IllegalArgumentException("the factor must be between 1 and 10");
        }
        if (attempts < 1 || attempts > 50) {
            throw new IllegalArgumentException("attempts must be between 1 and 50");
        }
        if (!(jitter >= 0.0) || jitter >= 1.0) {
            throw new IllegalArgumentException("jitter must be at least 0 and below 1");
        }
    }

    /**
     * The wait after {@code failures} failed attempts in a row (at least 1), or empty when that was the last
     * attempt. {@code random} is a number in [0, 1) that picks the point within the jitter band.
     */
    public Optional<Duration> delayAfter(int failures, double random) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be at least 1");
        }
        if (failures >= attempts) {
            return Optional.empty();
        }
        double spread = 1.0 - jitter + 2.0 * jitter * Math.min(Math.max(random, 0.0), 1.0);
        return Optional.of(Duration.ofMillis(Math.round(nominalMillis(failures) * spread)));
    }

    /** The wait after {@code failures} failures before jitter. */
    public Duration nominalDelayAfter(int failures) {
        return Duration.ofMillis(Math.round(nominalMillis(failures)));
    }

    private double nominalMillis(int failures) {
        return first.toMillis() * Math.pow(factor, failures - 1);
    }

    /** From the first attempt to the last, before jitter. */
    public Duration nominalSpan() {
        Duration total = Duration.ZERO;
        for (int n = 1; n < attempts; n++) {
            total = total.plus(nominalDelayAfter(n));
        }
        return total;
    }
}
