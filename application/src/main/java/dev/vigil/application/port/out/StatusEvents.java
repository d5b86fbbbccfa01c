package dev.vigil.application.port.out;

import dev.vigil.domain.log.StatusLogEntry;

/**
 * Told of every status change as it is logged, inside the same transaction, so that what it stores (an outbox
 * row, say) commits or rolls back together with the change.
 */
public interface StatusEvents {
    void changed(StatusLogEntry entry);
}
