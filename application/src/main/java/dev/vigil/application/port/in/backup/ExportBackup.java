package dev.vigil.application.port.in.backup;

/**
 * Writes everything Vigil keeps (or only its status log) to a {@link BackupWriter}, as one consistent moment of the
 * data, section by section; long sections are read in pages while they are written, never whole into memory.
 */
public interface ExportBackup {
    void export(ExportBackupQuery query, BackupWriter writer);
}
