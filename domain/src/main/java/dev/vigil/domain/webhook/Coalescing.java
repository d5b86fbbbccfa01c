package dev.vigil.domain.webhook;

import dev.vigil.domain.event.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Alert hygiene: changes of one system's status are merged so that a flapping check does not flood a channel.
 * The first change after a quiet spell goes out at once; changes within {@code window} of the last message are
 * gathered into one message sent when the window ends. Changes made together (a dependency and the roll-up it
 * caused, in one transaction) always travel in one message.
 */
public record Coalescing(Duration window) {
    public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(30);
    public static final Duration MAX_WINDOW = Duration.ofHours(1);
    public static final Coalescing DEFAULT = new Coalescing(DEFAULT_WINDOW);

    public Coalescing {
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.compareTo(MAX_WINDOW) > 0) {
            throw new IllegalArgumentException("the coalescing window must be between 0 and " + MAX_WINDOW.toMinutes() + " minutes");
        }
    }

    /** The key of the events whose messages may be merged: status changes of one system. Others travel alone. */
    public static Optional<String> keyOf(EventRecord event) {
        if (event.type() == EventType.STATUS_CHANGE && event.systems().size() == 1) {
            return Optional.of("status_change:system:" + event.systems().get(0).id());
        }
        return Optional.empty();
    }

    /** When a new delivery with some key is due, given the latest delivery with that key. */
    public Instant dueAt(Optional<Delivery> latest, Instant now) {
        return latest.map(d -> d.windowStart().plus(window)).filter(end -> end.isAfter(now)).orElse(now);
    }
}
