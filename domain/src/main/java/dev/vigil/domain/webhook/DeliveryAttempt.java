package dev.vigil.domain.webhook;

import static java.time.temporal.ChronoUnit.MILLIS;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One attempt to send a delivery: its number, when it started, how long it took and how it ended. */
public record DeliveryAttempt(int number, Instant at, Duration duration, AttemptOutcome outcome,
                              Optional<Integer> statusCode, String error) {
    public DeliveryAttempt {
        if (number <= 0) {
            throw new IllegalArgumentException("attempt number must be a positive integer");
        }
        at = Objects.requireNonNull(at, "at").truncatedTo(MILLIS);
        duration = Objects.requireNonNull(duration, "duration").truncatedTo(MILLIS);
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(statusCode, "statusCode");
        error = Clip.line(error, SendOutcome.ERROR_MAX);
    }

    static DeliveryAttempt of(int number, Instant at, SendOutcome outcome) {
        return new DeliveryAttempt(number, at, outcome.duration(), outcome.outcome(), outcome.statusCode(),
                outcome.error());
    }
}
