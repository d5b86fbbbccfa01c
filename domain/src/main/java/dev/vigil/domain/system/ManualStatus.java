package dev.vigil.domain.system;

import dev.vigil.domain.status.Status;
import java.util.Objects;

/** The statuses a person may set by hand: everything except {@code unknown}, which only means "no data yet". */
final class ManualStatus {
    private ManualStatus() {
    }

    static Status require(Status status) {
        Objects.requireNonNull(status, "status");
        if (status == Status.UNKNOWN) {
            throw new IllegalArgumentException("status unknown cannot be set by hand; use green, yellow, red or maintenance");
        }
        return status;
    }
}
