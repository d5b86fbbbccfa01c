package dev.vigil.application.port.in.backup;

import java.time.Instant;
import java.util.Objects;

/** What an export says about itself: when it was taken, whether it holds secrets, whether it is the log alone. */
public record BackupHeader(Instant exportedAt, boolean secretsIncluded, boolean logOnly) {
    public BackupHeader {
        Objects.requireNonNull(exportedAt, "exportedAt");
    }
}
