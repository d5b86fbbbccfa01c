package dev.vigil.application.port.in.backup;

/**
 * Loads a backup: checks the whole document against itself and the stored data first (an {@link InvalidBackup}
 * changes nothing), then applies it in one transaction. Merge upserts every entity by id, so loading the same
 * backup twice changes nothing; replace empties the data first. Times are kept as they were, and loading history
 * notifies nobody. Derived data (day tallies, check history) is made consistent with what was loaded.
 */
public interface ImportBackup {
    ImportReport importBackup(ImportBackupCommand command);
}
