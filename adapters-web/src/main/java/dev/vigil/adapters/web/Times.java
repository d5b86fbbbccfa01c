package dev.vigil.adapters.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads times from requests: ISO-8601 with a zone or offset, compared as instants whatever the offset. */
public final class Times {
    /** Times outside these years cannot be stored as epoch milliseconds (and are mistakes anyway). */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

    private Times() {
    }

    /** {@code value} as an instant; anything else is a 400 naming {@code field}. */
    public static Instant parse(String field, String value) {
        String text = value == null ? "" : value.strip();
        if (text.length() <= 40) {
            try {
                Instant instant = OffsetDateTime.parse(text).toInstant();
                if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                    throw HttpProblem.badRequest(field + " must lie between the years 1 and 9999");
                }
                return instant;
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        throw HttpProblem.badRequest(field + " must be an ISO-8601 time with a zone, e.g. 2026-03-01T12:00:00Z");
    }
}
