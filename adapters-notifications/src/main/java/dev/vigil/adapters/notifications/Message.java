package dev.vigil.adapters.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A notification before it takes a provider's format: a title with its emoji and tone, a few lines saying what
 * changed and why, labelled fields (since when, source, …), a link to the status page and a footer. Plain text
 * throughout; every format escapes it its own way.
 */
record Message(String emoji, String title, Tone tone, List<String> lines, List<Field> fields, Optional<String> link,
               Instant occurredAt, String footer) {

    /** One labelled fact: "Since: 2026-03-01 12:00:00 UTC". */
    record Field(String label, String value) {
        Field {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    Message {
        Objects.requireNonNull(emoji, "emoji");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(tone, "tone");
        lines = List.copyOf(lines);
        fields = List.copyOf(fields);
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(footer, "footer");
    }

    /** The title with its emoji in front. */
    String heading() {
        return emoji + " " + title;
    }

    /** The lines as one text. */
    String text() {
        return String.join("\n", lines);
    }
}
