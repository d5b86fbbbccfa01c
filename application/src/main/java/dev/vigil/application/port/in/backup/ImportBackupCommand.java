package dev.vigil.application.port.in.backup;

import java.util.Objects;

/** A parsed backup and how to load it. */
public record ImportBackupCommand(BackupContent content, ImportMode mode) {
    public ImportBackupCommand {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(mode, "mode");
    }
}
