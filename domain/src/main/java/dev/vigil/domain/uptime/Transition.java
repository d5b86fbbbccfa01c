package dev.vigil.domain.uptime;

import static java.time.temporal.ChronoUnit.MILLIS;

import dev.vigil.domain.status.Status;
import java.time.Instant;
import java.util.Objects;

/** The moment a subject's status became {@code to}. */
public record Transition(Instant at, Status to) {
    public Transition {
        at = Objects.requireNonNull(at, "at").truncatedTo(MILLIS);
        Objects.requireNonNull(to, "to");
    }
}
