package dev.vigil.domain.log;

import java.util.Objects;

/** A status change once the status log has stored it under its own sequence number. */
public record StatusLogEntry(long id, StatusChange change) {
    public StatusLogEntry {
        if (id <= 0) {
            throw new IllegalArgumentException("log entry id must be a positive integer");
        }
        Objects.requireNonNull(change, "change");
    }
}
