package dev.vigil.domain.check;

import java.time.Duration;
import java.util.Optional;

/** What a check does, as configured: an HTTP request, a TCP connect, or the expectation of pushed pings. */
public sealed interface CheckSpec permits HttpCheck, TcpCheck, PushCheck {
    Duration MIN_INTERVAL = Duration.ofSeconds(5);
    Duration MAX_INTERVAL = Duration.ofDays(1);
    Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);
    Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    Duration MAX_TIMEOUT = Duration.ofSeconds(60);

    CheckKind kind();

    /** How often Vigil runs the check itself; empty for push checks, which Vigil does not run. */
    Optional<Duration> runEvery();

    static Duration interval(Duration interval) {
        if (interval == null) {
            return DEFAULT_INTERVAL;
        }
        if (interval.compareTo(MIN_INTERVAL) < 0) {
            throw new IllegalArgumentException("interval must be at least 5 seconds");
        }
        if (interval.compareTo(MAX_INTERVAL) > 0) {
            throw new IllegalArgumentException("interval must be at most 86400 seconds");
        }
        return interval;
    }

    static Duration timeout(Duration timeout, Duration interval) {
        if (timeout == null) {
            return DEFAULT_TIMEOUT.compareTo(interval) <= 0 ? DEFAULT_TIMEOUT : interval;
        }
        if (timeout.toMillis() < 100 || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException("timeout must be between 0.1 and 60 seconds");
        }
        if (timeout.compareTo(interval) > 0) {
            throw new IllegalArgumentException("timeout must not be longer than interval");
        }
        return timeout;
    }
}
