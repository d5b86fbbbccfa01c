package dev.vigil.domain.webhook;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened when a message was sent: the outcome, the HTTP status when there was an answer, a short error a
 * person understands (never containing the target's secrets), how long the receiver asked us to wait before the
 * next try ({@code Retry-After}), and how long the attempt took.
 */
public record SendOutcome(AttemptOutcome outcome, Optional<Integer> statusCode, String error,
                          Optional<Duration> retryAfter, Duration duration) {
    public static final int ERROR_MAX = 500;

    public SendOutcome {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(statusCode, "statusCode");
        error = Clip.line(error, ERROR_MAX);
        Objects.requireNonNull(retryAfter, "retryAfter");
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            duration = Duration.ZERO;
        }
        if (outcome == AttemptOutcome.DELIVERED && !error.isEmpty()) {
            throw new IllegalArgumentException("a delivered attempt has no error");
        }
        if (outcome != AttemptOutcome.DELIVERED && error.isEmpty()) {
            throw new IllegalArgumentException("a failed attempt says why");
        }
    }

    public static SendOutcome delivered(int statusCode, Duration duration) {
        return new SendOutcome(AttemptOutcome.DELIVERED, Optional.of(statusCode), "", Optional.empty(), duration);
    }

    public static SendOutcome failed(Optional<Integer> statusCode, String error, Optional<Duration> retryAfter,
                                     Duration duration) {
        return new SendOutcome(AttemptOutcome.FAILED, statusCode, error, retryAfter, duration);
    }

    public static SendOutcome rejected(Optional<Integer> statusCode, String error, Duration duration) {
        return new SendOutcome(AttemptOutcome.REJECTED, statusCode, error, Optional.empty(), duration);
    }

    public boolean delivered() {
        return outcome == AttemptOutcome.DELIVERED;
    }
}
