package dev.vigil.application.port.in.backup;

/**
 * What to export: secrets (check headers and bodies, push token hashes, webhook URLs, bot tokens and signing
 * secrets, API key hashes) only when asked for; the status log alone, or everything.
 */
public record ExportBackupQuery(boolean includeSecrets, boolean logOnly) {
    public static final ExportBackupQuery EVERYTHING = new ExportBackupQuery(false, false);
}
