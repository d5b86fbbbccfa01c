package dev.vigil.application.service;

import dev.vigil.application.port.out.StatusEvents;
import dev.vigil.application.port.out.StatusLog;
import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.log.StatusLogEntry;

/** Writes a status change to the log and tells the listeners, inside the caller's transaction. */
final class StatusRecorder {
    private final StatusLog log;
    private final StatusEvents events;

    StatusRecorder(StatusLog log, StatusEvents events) {
        this.log = log;
        this.events = events;
    }

    StatusLogEntry record(StatusChange change) {
        StatusLogEntry entry = log.append(change);
        events.changed(entry);
        return entry;
    }
}
