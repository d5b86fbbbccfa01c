package dev.vigil.adapters.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads times from requests: ISO-8601 with a zone or offset, compared as instants whatever the offset. */
public final class Times {
    private Times() {
    }

    /** {@code value} as an instant; anything else is a 400 naming {@code field}. */
    public static Instant parse(String field, String value) {
        String text = value == null ? "" : value.strip();
        if (text.length() <= 40) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        throw HttpProblem.badRequest(field + " must be an ISO-8601 time with a zone, e.g. 2026-03-01T12:00:00Z");
    }
}
