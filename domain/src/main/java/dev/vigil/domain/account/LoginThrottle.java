package dev.vigil.domain.account;

import static java.time.temporal.ChronoUnit.MILLIS;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How wrong passwords slow down further attempts for one username: the first {@value #FREE_ATTEMPTS} cost nothing
 * (typos happen), then each further attempt must wait twice as long as the one before (1 s, 2 s, 4 s …, at most one
 * minute) after the latest failure. Failures are forgotten an hour after the latest one, or at a successful login.
 * Every attempt counts as a failure until its password is found right, so parallel guesses are counted too.
 */
public record LoginThrottle(Username username, int failures, Instant lastFailureAt) {
    public static final int FREE_ATTEMPTS = 3;
    public static final Duration MAX_DELAY = Duration.ofMinutes(1);
    public static final Duration MEMORY = Duration.ofHours(1);

    public LoginThrottle {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(lastFailureAt, "lastFailureAt");
        lastFailureAt = lastFailureAt.truncatedTo(MILLIS);
        if (failures < 0) {
            throw new IllegalArgumentException("failures must not be negative");
        }
    }

    /** A username nobody has failed to log in as (lately). */
    public static LoginThrottle clean(Username username, Instant now) {
        return new LoginThrottle(username, 0, now);
    }

    /** This throttle as it stands at {@code now}: failures older than {@link #MEMORY} are forgotten. */
    public LoginThrottle at(Instant now) {
        return lastFailureAt.plus(MEMORY).isBefore(now) ? clean(username, now) : this;
    }

    /** How long to wait after the latest failure before the next attempt is heard. */
    public Duration delay() {
        if (failures < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int doublings = failures - FREE_ATTEMPTS;
        return doublings >= 6 ? MAX_DELAY : Duration.ofSeconds(1L << doublings);
    }

    /** Zero when an attempt may be made at {@code now}; otherwise how long until it may. */
    public Duration retryAfter(Instant now) {
        Instant allowed = lastFailureAt.plus(delay());
        return allowed.isAfter(now) ? Duration.between(now, allowed) : Duration.ZERO;
    }

    /** One more failure, at {@code now}. */
    public LoginThrottle failedAgain(Instant now) {
        return new LoginThrottle(username, failures + 1, now);
    }
}
