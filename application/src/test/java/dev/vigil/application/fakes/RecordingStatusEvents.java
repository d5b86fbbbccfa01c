package dev.vigil.application.fakes;

import dev.vigil.application.port.out.StatusEvents;
import dev.vigil.domain.log.StatusLogEntry;
import java.util.ArrayList;
import java.util.List;

/** Remembers every status change it is told of. */
public final class RecordingStatusEvents implements StatusEvents {
    private final List<StatusLogEntry> received = new ArrayList<>();

    @Override
    public synchronized void changed(StatusLogEntry entry) {
        received.add(entry);
    }

    public synchronized List<StatusLogEntry> received() {
        return List.copyOf(received);
    }
}
