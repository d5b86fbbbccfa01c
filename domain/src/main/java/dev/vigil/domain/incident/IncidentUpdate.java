package dev.vigil.domain.incident;

import static java.time.temporal.ChronoUnit.MILLIS;

import dev.vigil.domain.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of an incident's timeline: what was said, by whom, when, in which state, and whether the public may read it.
 *
 * @param number the entry's position in its incident's timeline, from 1
 * @param state  the incident's state once this entry was written
 */
public record IncidentUpdate(int number, Instant at, IncidentState state, String message, UpdateVisibility visibility,
                             String by) {
    public static final int MESSAGE_MAX = 5000;
    public static final int BY_MAX = 200;

    public IncidentUpdate {
        if (number < 1) {
            throw new IllegalArgumentException("update number must be a positive integer");
        }
        at = Objects.requireNonNull(at, "at").truncatedTo(MILLIS);
        Objects.requireNonNull(state, "state");
        message = Text.multiline(message, "message", MESSAGE_MAX);
        if (message.isEmpty()) {
            throw new IllegalArgumentException("message is required");
        }
        Objects.requireNonNull(visibility, "visibility");
        by = Text.optional(by, "by", BY_MAX);
    }

    public boolean isPublic() {
        return visibility == UpdateVisibility.PUBLIC;
    }
}
